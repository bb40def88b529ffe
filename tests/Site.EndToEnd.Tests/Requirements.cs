using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// End-to-end tests need real parts installed on the machine. Without them a test is skipped with the reason;
/// with <c>SITE_REQUIRE_E2E=1</c> (set by .ci/run) a missing part fails the test instead.
/// </summary>
public static class Requirements
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool Required => Environment.GetEnvironmentVariable("SITE_REQUIRE_E2E") == "1";

    public static void Chromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        var reason = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium; .ci/run does this)";
        if (Required)
        {
            Assert.Fail(reason + ", and SITE_REQUIRE_E2E=1 requires it");
        }

        Assert.Skip(reason);
    }
}

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
        if (!File.Exists(ChromiumPath))
        {
            Missing($"Chromium is not installed at {ChromiumPath} (apt-get install chromium; .ci/run does this)");
        }
    }

    /// <summary>PostgreSQL's server programs, Node.js and the Waline server's packages (npm ci in tests/Site.EndToEnd.Tests/Waline).</summary>
    public static (string PostgresBin, string Node, string WalineFolder) Waline()
    {
        Chromium();
        var postgres = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending(StringComparer.Ordinal).FirstOrDefault()
            : null;
        var node = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, "node")).FirstOrDefault(File.Exists);
        var folder = Site.Testing.Repository.PathTo("tests", "Site.EndToEnd.Tests", "Waline");
        if (postgres is null)
        {
            Missing("PostgreSQL is not installed (apt-get install postgresql; .ci/run does this)");
        }

        if (node is null)
        {
            Missing("Node.js is not on PATH");
        }

        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@waline", "vercel")))
        {
            Missing("the Waline server is not installed (npm ci in tests/Site.EndToEnd.Tests/Waline; .ci/run does this)");
        }

        return (postgres!, node!, folder);
    }

    /// <summary>netlify-cli (npm ci in tests/Site.EndToEnd.Tests/Netlify) and Node.js.</summary>
    public static string Netlify()
    {
        var bin = Site.Testing.Repository.PathTo("tests", "Site.EndToEnd.Tests", "Netlify", "node_modules", ".bin", "netlify");
        if (!File.Exists(bin))
        {
            Missing("netlify-cli is not installed (npm ci in tests/Site.EndToEnd.Tests/Netlify; .ci/run does this)");
        }

        return bin;
    }

    /// <summary>Node.js on PATH.</summary>
    public static string Node()
    {
        var node = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(d => Path.Combine(d, "node")).FirstOrDefault(File.Exists);
        if (node is null)
        {
            Missing("Node.js is not on PATH");
        }

        return node!;
    }

    /// <summary>Node.js and jsonld.js (npm ci in tests/Site.EndToEnd.Tests/JsonLd): the script that expands JSON-LD.</summary>
    public static (string Node, string Script) JsonLd()
    {
        var node = Node();
        var folder = Site.Testing.Repository.PathTo("tests", "Site.EndToEnd.Tests", "JsonLd");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "jsonld")))
        {
            Missing("jsonld.js is not installed (npm ci in tests/Site.EndToEnd.Tests/JsonLd; .ci/run does this)");
        }

        return (node, Path.Combine(folder, "expand.mjs"));
    }

    /// <summary>axe-core's browser bundle (npm ci in tests/Site.EndToEnd.Tests/Axe).</summary>
    public static string AxeCore()
    {
        Chromium();
        var script = Site.Testing.Repository.PathTo("tests", "Site.EndToEnd.Tests", "Axe", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(script))
        {
            Missing("axe-core is not installed (npm ci in tests/Site.EndToEnd.Tests/Axe; .ci/run does this)");
        }

        return script;
    }

    /// <summary>Deno, the runtime of Netlify Edge Functions (npm ci in tests/Site.EndToEnd.Tests/Edge).</summary>
    public static string Deno()
    {
        var bin = Site.Testing.Repository.PathTo("tests", "Site.EndToEnd.Tests", "Edge", "node_modules", ".bin", "deno");
        if (!File.Exists(bin))
        {
            Missing("Deno is not installed (npm ci in tests/Site.EndToEnd.Tests/Edge; .ci/run does this)");
        }

        return bin;
    }

    /// <summary>The Pagefind search indexer (npm ci in tools/pagefind; .ci/run does this).</summary>
    public static string Pagefind()
    {
        var binary = Site.Build.SearchIndexer.DefaultBinary(Site.Testing.Repository.Root);
        if (!File.Exists(binary))
        {
            Missing($"Pagefind is not installed at {binary} (npm ci in tools/pagefind; .ci/run does this)");
        }

        return binary;
    }

    private static void Missing(string reason)
    {
        if (Required)
        {
            Assert.Fail(reason + ", and SITE_REQUIRE_E2E=1 requires it");
        }

        Assert.Skip(reason);
    }
}

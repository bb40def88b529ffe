using Site.Testing;
using Site.Validation.Links;
using Site.Validation.Stage;
using Xunit;

namespace Site.Validation.Tests;

/// <summary>
/// One folder of HTML per behaviour (Cases/&lt;case&gt;/site) and the exact findings it must give
/// (Cases/&lt;case&gt;/expected.txt, rewritten with SITE_UPDATE_GOLDEN=1). The site's address is https://example.org.
/// </summary>
public sealed class LinkCaseTests
{
    public static TheoryData<string> Cases() =>
        new(Directory.GetDirectories(Repository.PathTo("tests", "Site.Validation.Tests", "Cases")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case(string name)
    {
        var folder = Repository.PathTo("tests", "Site.Validation.Tests", "Cases", name);
        var (pages, files) = LinkChecker.ReadFolder(Path.Combine(folder, "site"));

        var report = await new LinkChecker(new ValidationOptions { SiteUrl = "https://example.org" }).CheckAsync(pages, files, cancellationToken: TestContext.Current.CancellationToken);

        var actual = string.Join('\n', report.Failures.Select(f => f.Diagnostic.ToString())) + "\n";
        var expectedPath = Path.Combine(folder, "expected.txt");
        if (GoldenFiles.Updating)
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}

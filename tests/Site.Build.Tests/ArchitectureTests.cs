using System.Text.RegularExpressions;
using System.Xml.Linq;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// Dependencies point one way (docs/ARCHITECTURE.md): between projects, and between the folders of Site.Content,
/// where each folder may use only the folders before it in <see cref="ContentLayers"/>. The engine uses no
/// third-party package.
/// </summary>
public sealed class ArchitectureTests
{
    [Theory]
    [InlineData("Site.Engine", new string[0], new string[0])]
    [InlineData("Site.Content", new[] { "Site.Engine" }, new[] { "AngleSharp", "ExCSS", "Fluid.Core", "HarfBuzzSharp", "HarfBuzzSharp.NativeAssets.Linux", "HarfBuzzSharp.NativeAssets.Win32", "HarfBuzzSharp.NativeAssets.macOS", "HtmlSanitizer", "Ical.Net", "Markdig", "SearchPioneer.Lingua", "SkiaSharp", "SkiaSharp.NativeAssets.Linux", "Svg.Skia", "YamlDotNet", "libphonenumber-csharp" })]
    [InlineData("Site.Validation", new[] { "Site.Engine" }, new[] { "AngleSharp" })]
    [InlineData("Site.Build", new[] { "Site.Content", "Site.Engine", "Site.Validation" }, new string[0])]
    [InlineData("Site.Preview", new[] { "Site.Engine" }, new string[0])]
    [InlineData("Site.Cli", new[] { "Site.Build", "Site.Preview" }, new[] { "System.CommandLine" })]
    public void Project_references_point_one_way(string project, string[] projects, string[] packages)
    {
        var file = XDocument.Load(Repository.PathTo("src", project, project + ".csproj"));
        var projectReferences = file.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal);
        var packageReferences = file.Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value).Order(StringComparer.Ordinal);

        Assert.Equal(projects, projectReferences);
        Assert.Equal(packages, packageReferences);
    }

    /// <summary>The folders (namespaces) of Site.Content, each allowed to use only those before it.</summary>
    public static readonly string[] ContentLayers =
    [
        "Formats", "FrontMatter", "Views", "Model", "Images", "Comments", "Settings", "Alerts", "Builds", "Templates", "Files",
        "Sources", "Compliance", "Markdown", "Pages", "Takedown", "Listings", "Feeds",
    ];

    public static TheoryData<string> ContentFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ContentSources())
        {
            data.Add(Path.GetRelativePath(Repository.PathTo("src", "Site.Content"), file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Content_folders_point_forward_only(string file)
    {
        var text = File.ReadAllText(Repository.PathTo("src", "Site.Content", file));
        var layer = file.Split('/')[0];
        var own = Array.IndexOf(ContentLayers, layer);
        Assert.True(own >= 0, $"{file}: the folder {layer} is not in ContentLayers; add it where it belongs in the order");
        Assert.Matches($@"(?m)^namespace Site\.Content\.{layer}(\.[A-Za-z]+)*;", text);

        var used = Regex.Matches(text, @"Site\.Content\.([A-Za-z]+)").Select(m => m.Groups[1].Value).Distinct();
        foreach (var other in used)
        {
            var index = Array.IndexOf(ContentLayers, other);
            Assert.True(index >= 0 && index <= own, $"{file} (in {layer}) uses Site.Content.{other}, which comes after it; a folder uses only the folders before it: {string.Join(" → ", ContentLayers)}");
        }
    }

    [Fact]
    public void The_layer_rule_catches_a_backward_using()
    {
        // The rule above reads using directives and qualified names alike; a file in Sources naming Pages is caught.
        var used = Regex.Matches("using Site.Content.Pages;\nvar x = Site.Content.Listings.Paginator.Pages;", @"Site\.Content\.([A-Za-z]+)").Select(m => m.Groups[1].Value);
        Assert.Contains(used, u => Array.IndexOf(ContentLayers, u) > Array.IndexOf(ContentLayers, "Sources"));
        Assert.Equal(["Pages", "Listings"], used);
    }

    private static IEnumerable<string> ContentSources() =>
        Directory.EnumerateFiles(Repository.PathTo("src", "Site.Content"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_package_version_is_central()
    {
        var versions = Repository.PathTo("Directory.Packages.props");
        Assert.True(File.Exists(versions));
        foreach (var project in Directory.EnumerateFiles(Repository.Root, "*.csproj", SearchOption.AllDirectories).Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(XDocument.Load(project).Descendants("PackageReference"), e => e.Attribute("Version") is not null);
        }
    }
}

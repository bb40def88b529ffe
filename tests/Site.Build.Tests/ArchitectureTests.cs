using System.Xml.Linq;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>Dependencies point one way (DESIGN.md section 3); the engine uses no third-party package.</summary>
public sealed class ArchitectureTests
{
    [Theory]
    [InlineData("Site.Engine", new string[0], new string[0])]
    [InlineData("Site.Content", new[] { "Site.Engine" }, new[] { "AngleSharp", "Fluid.Core", "Markdig", "YamlDotNet", "libphonenumber-csharp" })]
    [InlineData("Site.Validation", new[] { "Site.Content", "Site.Engine" }, new[] { "AngleSharp" })]
    [InlineData("Site.Build", new[] { "Site.Content", "Site.Engine", "Site.Validation" }, new string[0])]
    [InlineData("Site.Preview", new[] { "Site.Build" }, new string[0])]
    [InlineData("Site.Cli", new[] { "Site.Build", "Site.Preview" }, new string[0])]
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

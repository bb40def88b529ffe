using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>Every PHI hit names its exact range: line, start and end column in the diagnostic and in the JSON report.</summary>
public sealed class PhiReportTests
{
    [Fact]
    public async Task The_report_carries_the_start_and_end_column_of_every_hit()
    {
        using var temp = new TempDirectory();
        var result = await GoldenCaseTests.Build(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "phi"), temp.Combine("output"), DeployContext.Production);
        BuildReport.Write(temp.Combine("report.json"), result, DeployContext.Production);

        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(temp.Combine("report.json")));
        var hits = report.RootElement.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("code").GetString() == "SG5030").ToList();
        var phone = hits.Single(d => d.GetProperty("message").GetString()!.Contains("'555-867-5309'", StringComparison.Ordinal));

        Assert.True(hits.Count >= 4);
        Assert.All(hits, d => Assert.True(d.GetProperty("end_column").GetInt32() >= d.GetProperty("column").GetInt32()));
        Assert.Equal((22, 13, 24), (phone.GetProperty("line").GetInt32(), phone.GetProperty("column").GetInt32(), phone.GetProperty("end_column").GetInt32()));
        var source = File.ReadAllLines(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "phi", "input", "stories", "in-body.md"))[21];
        Assert.Equal("555-867-5309", source[12..24]);
    }
}

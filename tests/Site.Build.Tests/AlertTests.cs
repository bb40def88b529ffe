using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>Crisis and closure alerts: files in input/alerts/, checked strictly, shown above the header while they hold.</summary>
public sealed class AlertTests
{
    // The fixture builds on 2026-11-25 at 06:00 in America/Chicago (12:00 UTC).
    private static string Alert(string id, string severity = "severe", string status = "actual", string msgType = "alert", string effective = "2026-11-25 05:00", string expires = "2026-11-25 18:00", string extra = "") => $"""
        id: {id}
        status: {status}
        msg_type: {msgType}
        category: health
        event: Clinic closure
        severity: {severity}
        urgency: immediate
        certainty: observed
        effective: {effective}
        expires: {expires}
        headline: "The Riverside clinic is closed today ({id})"
        description: "A water main broke near the building."
        instruction: "Go to the North Hills Campus for care today."
        contact: "Call +1-555-010-0100"
        updated: 2026-11-25 05:00
        {extra}
        """;

    [Fact]
    public async Task Active_alerts_show_above_the_header_of_every_page_most_severe_first()
    {
        using var site = new SiteFixture();
        site.Write("input/alerts/minor.yml", Alert("minor-notice", severity: "minor"));
        site.Write("input/alerts/severe.yml", Alert("clinic-closed"));

        var result = await site.BuildAsync(new BuildOptions { Context = DeployContext.Production });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(site.Output, "stories", "maria-walks-again", "index.html"));
        var severe = html.IndexOf("data-alert-id=\"clinic-closed\"", StringComparison.Ordinal);
        var minor = html.IndexOf("data-alert-id=\"minor-notice\"", StringComparison.Ordinal);
        Assert.True(severe > 0 && minor > severe && html.IndexOf("class=\"site-header\"", StringComparison.Ordinal) > minor);
        Assert.Contains("<section class=\"alert alert-severe\" role=\"alert\" aria-labelledby=\"alert-clinic-closed\"", html, StringComparison.Ordinal);
        Assert.Contains("<section class=\"alert alert-minor\" aria-labelledby=\"alert-minor-notice\"", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Urgent alert:</strong> The Riverside clinic is closed today", html, StringComparison.Ordinal);
        Assert.Contains("data-expires=\"2026-11-25T18:00-06:00\"", html, StringComparison.Ordinal);
        Assert.Contains("data-alert-id=\"clinic-closed\"", File.ReadAllText(Path.Combine(site.Output, "404.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_future_cancelled_draft_and_test_alerts_stay_out_of_production()
    {
        using var site = new SiteFixture();
        site.Write("input/alerts/expired.yml", Alert("expired", effective: "2026-11-24 05:00", expires: "2026-11-24 18:00"));
        site.Write("input/alerts/future.yml", Alert("future", effective: "2026-11-26 05:00", expires: "2026-11-26 18:00"));
        site.Write("input/alerts/cancelled.yml", Alert("cancelled"));
        site.Write("input/alerts/cancel.yml", Alert("cancel-it", msgType: "cancel", extra: "references: [cancelled]"));
        site.Write("input/alerts/draft.yml", Alert("draft", status: "draft"));
        site.Write("input/alerts/drill.yml", Alert("drill", status: "exercise", severity: "moderate"));

        var production = await site.BuildAsync(new BuildOptions { Context = DeployContext.Production });
        var productionHtml = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        var preview = await site.BuildAsync(new BuildOptions { Context = DeployContext.DeployPreview });
        var previewHtml = File.ReadAllText(Path.Combine(site.Output, "index.html"));

        Assert.True(production.Succeeded && preview.Succeeded);
        Assert.DoesNotContain("data-alert-id", productionHtml, StringComparison.Ordinal);
        Assert.Contains("data-alert-id=\"drill\"", previewHtml, StringComparison.Ordinal);
        Assert.Contains("Exercise: this is a drill, not a real alert.", previewHtml, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(previewHtml, "data-alert-id="));
    }

    [Fact]
    public async Task An_alert_can_apply_to_some_pages_only()
    {
        using var site = new SiteFixture();
        site.Write("input/alerts/heart.yml", Alert("heart-clinic", extra: "applies_to: [cardiology]"));

        await site.BuildAsync();

        Assert.Contains("data-alert-id=\"heart-clinic\"", File.ReadAllText(Path.Combine(site.Output, "stories", "maria-walks-again", "index.html")), StringComparison.Ordinal);
        Assert.Contains("data-alert-id=\"heart-clinic\"", File.ReadAllText(Path.Combine(site.Output, "services", "cardiology", "index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("data-alert-id", File.ReadAllText(Path.Combine(site.Output, "stories", "tomas-gardens", "index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("expires: 2026-11-25 18:00", "expires: 2026-11-25 04:00", "input/alerts/bad.yml:10:10: error SG2060: 'expires' (2026-11-25 04:00) must be after 'effective' (2026-11-25 05:00); every alert must end")]
    [InlineData("instruction: \"Go to the North Hills Campus for care today.\"", "", "input/alerts/bad.yml:6:11: error SG2061: a severe alert must tell people what to do")]
    [InlineData("msg_type: alert", "msg_type: update\nreferences: [nothing-here]", "input/alerts/bad.yml:4:14: error SG2062: 'references' names the alert 'nothing-here', which is not in input/alerts/")]
    [InlineData("severity: severe", "severity: terrible", "input/alerts/bad.yml:6:11: error SG2005: 'severity' must be one of extreme, severe, moderate, minor; found 'terrible'")]
    [InlineData("headline: \"The Riverside clinic is closed today (bad)\"", "headline: \"The Riverside clinic is closed today because a water main broke near the building and crews expect the repairs to take the whole day, so please go to the North Hills Campus\"", "input/alerts/bad.yml:11:11: error SG2063: 'headline' is 172 characters; keep it to 160")]
    public async Task Mistakes_in_an_alert_are_errors_at_their_line(string replace, string with, string expected)
    {
        using var site = new SiteFixture();
        site.Write("input/alerts/bad.yml", Alert("bad").Replace(replace, with, StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.StartsWith(expected, Assert.Single(result.Diagnostics, d => d.IsError).ToString(), StringComparison.Ordinal);
    }
}

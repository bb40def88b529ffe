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

    [Fact]
    public async Task A_markdown_alert_takes_its_description_from_the_text()
    {
        using var site = new SiteFixture();
        var yaml = Alert("flu-clinic", severity: "minor").Replace("description: \"A water main broke near the building.\"\n", string.Empty, StringComparison.Ordinal);
        site.Write("input/alerts/flu.md", $"---\n{yaml}\n---\n\nThe flu clinic moved\nto the North Hills Campus.\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<p>The flu clinic moved to the North Hills Campus.</p>", File.ReadAllText(Path.Combine(site.Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_markdown_alert_with_two_descriptions_is_an_error_at_the_text()
    {
        using var site = new SiteFixture();
        site.Write("input/alerts/flu.md", $"---\n{Alert("flu-clinic", severity: "minor")}\n---\n\nAnother description.\n");

        var result = await site.BuildAsync();

        Assert.StartsWith("input/alerts/flu.md:20:1: error SG2064: this alert has a 'description' in its front matter and text below it", Assert.Single(result.Diagnostics, d => d.IsError).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_alerts_page_and_feeds_list_what_is_in_effect_and_nothing_else()
    {
        using var temp = new TempDirectory();
        var result = await BuildAlertCase(temp.Combine("output"), DeployContext.Production);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        string[] inEffect = ["active-severe", "flu-clinic-moved", "parking-update"];
        Assert.Equal(inEffect, Directory.GetFiles(temp.Combine("output", "alerts", "cap")).Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal));
        var atom = System.Xml.Linq.XNamespace.Get("http://www.w3.org/2005/Atom");
        foreach (var feed in new[] { "feed.xml", "cap.xml" })
        {
            var entries = System.Xml.Linq.XDocument.Load(temp.Combine("output", "alerts", feed)).Root!.Elements(atom + "entry").ToList();
            Assert.Equal(3, entries.Count);
            Assert.All(inEffect, id => Assert.Contains(entries, e => e.Element(atom + "id")!.Value.Contains("/alerts/" + id + "/", StringComparison.Ordinal)));
        }

        var page = File.ReadAllText(temp.Combine("output", "alerts", "index.html"));
        Assert.Equal(inEffect.Order(StringComparer.Ordinal), System.Text.RegularExpressions.Regex.Matches(page, "\\sid=\"active-([a-z-]+)\"").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.Contains("<dt>Last updated</dt><dd><time datetime=\"2026-11-25T05:15-06:00\">November 25, 2026, 5:15 AM</time></dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_cap_message_is_valid_cap_1_2()
    {
        using var temp = new TempDirectory();
        await BuildAlertCase(temp.Combine("output"), DeployContext.DeployPreview);
        var schemas = CapSchema();

        var messages = Directory.GetFiles(temp.Combine("output", "alerts", "cap"), "*.xml").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["active-severe.xml", "flu-clinic-moved.xml", "parking-update.xml", "test-status.xml"], messages.Select(Path.GetFileName));
        Assert.All(messages, message => Assert.Empty(Validate(System.Xml.Linq.XDocument.Load(message), schemas)));
        var update = System.Xml.Linq.XDocument.Load(temp.Combine("output", "alerts", "cap", "parking-update.xml"));
        var cap = System.Xml.Linq.XNamespace.Get("urn:oasis:names:tc:emergency:cap:1.2");
        Assert.Equal("stories.test.example,parking,2026-11-24T08:00:00-06:00", update.Root!.Element(cap + "references")!.Value);
        Assert.Equal("Test", System.Xml.Linq.XDocument.Load(temp.Combine("output", "alerts", "cap", "test-status.xml")).Root!.Element(cap + "status")!.Value);
    }

    [Fact]
    public void The_kept_cap_schema_rejects_what_cap_1_2_forbids()
    {
        var schemas = CapSchema();
        var cap = System.Xml.Linq.XNamespace.Get("urn:oasis:names:tc:emergency:cap:1.2");
        System.Xml.Linq.XDocument Message(string sent, string status) => new(new System.Xml.Linq.XElement(
            cap + "alert",
            new System.Xml.Linq.XElement(cap + "identifier", "x"),
            new System.Xml.Linq.XElement(cap + "sender", "stories.test.example"),
            new System.Xml.Linq.XElement(cap + "sent", sent),
            new System.Xml.Linq.XElement(cap + "status", status),
            new System.Xml.Linq.XElement(cap + "msgType", "Alert"),
            new System.Xml.Linq.XElement(cap + "scope", "Public")));

        Assert.Empty(Validate(Message("2026-11-25T05:00:00-06:00", "Actual"), schemas));
        Assert.NotEmpty(Validate(Message("2026-11-25T05:00:00Z", "Actual"), schemas));
        Assert.NotEmpty(Validate(Message("2026-11-25T05:00:00-06:00", "Real"), schemas));
    }

    [Fact]
    public async Task A_preview_shows_tests_and_exercises_marked_and_production_never_does()
    {
        using var temp = new TempDirectory();
        await BuildAlertCase(temp.Combine("output"), DeployContext.DeployPreview);

        var expected = Repository.PathTo("tests", "Site.Build.Tests", "Cases", "alerts", "expected-preview");
        var differences = GoldenFiles.Compare(temp.Combine("output"), expected, path => path is "index.html" or "alerts/index.html" or "alerts/feed.xml" or "alerts/cap.xml" || path.StartsWith("alerts/cap/", StringComparison.Ordinal));
        Assert.True(differences.Count == 0, string.Join('\n', differences));
        Assert.Contains("Test: this is not a real alert.", File.ReadAllText(Path.Combine(expected, "index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("test-status", File.ReadAllText(Repository.PathTo("tests", "Site.Build.Tests", "Cases", "alerts", "expected", "index.html")), StringComparison.Ordinal);
    }

    private static Task<BuildResult> BuildAlertCase(string output, DeployContext context) =>
        new SiteBuild(
            new BuildOptions { WorkingDirectory = Repository.PathTo("tests", "Site.Build.Tests", "Cases", "alerts"), Theme = Repository.PathTo("theme"), Output = output, Today = new DateOnly(2026, 11, 25), Context = context },
            FixedClock.On(2026, 11, 25)).RunAsync();

    private static System.Xml.Schema.XmlSchemaSet CapSchema()
    {
        var schemas = new System.Xml.Schema.XmlSchemaSet();
        schemas.Add("urn:oasis:names:tc:emergency:cap:1.2", Repository.PathTo("tests", "Site.Build.Tests", "Schemas", "CAP-v1.2.xsd"));
        schemas.Compile();
        return schemas;
    }

    private static List<string> Validate(System.Xml.Linq.XDocument document, System.Xml.Schema.XmlSchemaSet schemas)
    {
        var errors = new List<string>();
        System.Xml.Schema.Extensions.Validate(document, schemas, (_, e) => errors.Add(e.Message));
        return errors;
    }
}

using Site.Content.Alerts;
using Site.Content.Settings;
using Site.Engine.Diagnostics;
using Site.Engine.Files;
using Site.Testing;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// site.yml, the theme and the alerts are read at the same time into one bag of diagnostics; an error reported by one
/// of them while another is being read must not make the other's good file count as failed. Here another thread
/// reports errors into the bag all the time, so a reader that judged itself by the bag's error count would fail.
/// </summary>
public sealed class SharedDiagnosticsTests : IDisposable
{
    private const string Settings = """
        title: Test Stories
        description: Stories for tests.
        base_url: https://stories.test.example
        language: en
        time_zone: America/Chicago
        organization:
          name: Test Health
          address: "1 Test Road, Riverside"
          phone: "+1-555-010-0100"
        service_lines:
          - { slug: cardiology, name: Heart Care, description: "Heart stories." }
        """;

    private const string Alert = """
        id: lab-closed
        status: actual
        msg_type: alert
        category: health
        event: Closure
        severity: minor
        urgency: expected
        certainty: observed
        effective: 2026-11-20 08:00
        expires: 2026-11-28 18:00
        headline: "The lab is closed on Friday"
        description: "The lab on the second floor is closed."
        instruction: "Use the lab at the North Hills Campus."
        contact: "Call +1-555-010-0100"
        updated: 2026-11-20 08:00
        """;

    private readonly TempDirectory temp = new();
    private readonly DiagnosticBag shared = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task noise;

    public SharedDiagnosticsTests()
    {
        temp.Write("input/site.yml", Settings);
        temp.Write("input/alerts/lab-closed.yml", Alert);
        noise = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                shared.Report(Diagnostic.Error(DiagnosticCodes.TemplateSyntax, new SourceLocation("theme/partials/tags.liquid", 1, 1), "an error of the theme"));
            }
        });
        SpinWait.SpinUntil(() => shared.ErrorCount > 0);
    }

    public void Dispose()
    {
        stop.Cancel();
        noise.Wait();
        stop.Dispose();
        temp.Dispose();
    }

    [Fact]
    public void Good_settings_are_read_while_other_files_report_errors()
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.NotNull(SiteSettingsLoader.Load(temp.Combine("input", "site.yml"), "input/site.yml", new SourceReader(), shared));
        }
    }

    [Fact]
    public void Good_alerts_are_read_while_other_files_report_errors()
    {
        var alone = new DiagnosticBag();
        var read = AlertSet.Load(temp.Combine("input", "alerts"), p => Path.GetRelativePath(temp.Path, p), new SourceReader(), alone);
        Assert.Empty(alone.ToList().Select(d => d.ToString()));
        Assert.Single(read);
        for (var i = 0; i < 50; i++)
        {
            Assert.Single(AlertSet.Load(temp.Combine("input", "alerts"), p => Path.GetRelativePath(temp.Path, p), new SourceReader(), shared));
        }
    }
}

using System.Globalization;
using Site.Engine.Diagnostics;
using Site.Engine.Pipelines;
using Xunit;

namespace Site.Engine.Tests;

public sealed class RunTimingsTests
{
    [Fact]
    public async Task Each_step_is_listed_with_its_documents_and_the_cpu_time_they_took()
    {
        var timings = new RunTimings();
        var busy = new Delegated((doc, _) =>
        {
            // Work the CPU clock can see (no sleep): about a million additions per document.
            var sum = 0L;
            for (var i = 0; i < 1_000_000; i++)
            {
                sum += i ^ doc.Id.Length;
            }

            return [doc.With(new Marker(sum.ToString(CultureInfo.InvariantCulture)))];
        });
        var pipelines = new[] { new Pipeline("pages").Then(new Emit(Enumerable.Range(0, 30).Select(i => $"{i}.html").ToArray())).Then(busy).Publish() };
        var result = await timings.StageAsync("pipelines", () => new PipelineRunner(new EngineOptions { MaxDegreeOfParallelism = 2, Timings = timings }).RunAsync(pipelines, new DiagnosticBag(), TestContext.Current.CancellationToken));

        Assert.Equal(30, result.Published.Length);
        var lines = timings.Format(TimeSpan.Zero).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("pipelines ", StringComparison.Ordinal));
        var step = Assert.Single(lines, l => l.StartsWith("pages/1:Delegated", StringComparison.Ordinal));
        var columns = step.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("30", columns[^1]);
        Assert.Single(lines, l => l.StartsWith("pages/0:Emit", StringComparison.Ordinal));
        if (OperatingSystem.IsLinux())
        {
            // Thirty million additions take some CPU time on any machine; the clock is the thread's own.
            Assert.True(double.Parse(columns[2], CultureInfo.InvariantCulture) > 0, step);
        }
    }

    [Fact]
    public void A_stage_is_timed_even_when_it_throws()
    {
        var timings = new RunTimings();
        Assert.Throws<InvalidOperationException>(() => timings.Stage<int>("write", () => throw new InvalidOperationException("full disk")));
        Assert.Contains(timings.Format(TimeSpan.Zero).Split('\n'), l => l.StartsWith("write ", StringComparison.Ordinal));
    }
}

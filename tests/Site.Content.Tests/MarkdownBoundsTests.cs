using System.Globalization;
using Site.Content.Markdown;
using Xunit;

namespace Site.Content.Tests;

/// <summary>
/// Whatever its shape, a document is dealt with in under a second of CPU and 200 MB: pathological shapes are refused
/// by <see cref="MarkdownLimits"/> at the line where they start, before Markdig sees them, and the largest shapes
/// within the limits render. CPU time is the thread's own (from /proc), so a busy machine does not make it flaky;
/// memory is every byte the thread allocated, an upper bound of what it held.
/// </summary>
public sealed class MarkdownBoundsTests
{
    private const double MaxCpuSeconds = 1.0;
    private const long MaxAllocatedBytes = 200L * 1024 * 1024;

    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string, string, int, string> Refused() => new()
    {
        { "10,000 nested quotes", new string('>', 10_000) + " deep\n", 1, "quotes and lists are nested more than 32 levels" },
        { "quotes nested one more each line", Lines(3_000, i => new string('>', i) + " x"), 33, "quotes and lists are nested more than 32 levels" },
        { "10,000 nested list items", Lines(10_000, i => new string(' ', (i - 1) * 2) + "- item"), 33, "quotes and lists are nested more than 32 levels" },
        { "lists and quotes on one line", "Intro\n\n" + string.Concat(Enumerable.Repeat("> - ", 5_000)) + "x\n", 3, "quotes and lists are nested more than 32 levels" },
        { "10,000 nested brackets", "Text\n\n" + new string('[', 10_000) + "x" + new string(']', 10_000) + "\n", 3, "'[' brackets are open inside each other" },
        { "10,000 nested links", string.Concat(Enumerable.Repeat("[a", 10_000)) + string.Concat(Enumerable.Repeat("](b)", 10_000)) + "\n", 1, "'[' brackets are open inside each other" },
        { "unmatched emphasis runs", string.Concat(Enumerable.Repeat("*a **a ", 5_000)) + "\n", 1, "runs of '*', '_' or '~'" },
        { "10,000 stars around a word", "Text\n\n" + new string('*', 10_000) + "a" + new string('*', 10_000) + "\n", 3, "a run of 10,000 '*' marks" },
        { "a run of 100,000 stars", "ok\n\n" + new string('*', 100_000) + "a\n", 3, "longer than 100,000 characters" },
        { "backtick runs of every length", string.Concat(Enumerable.Range(1, 3_000).Select(i => new string('`', (i % 50) + 1) + " x ")) + "\n", 1, "runs of backticks" },
        { "a 1,000-column table", "|" + string.Concat(Enumerable.Range(0, 1_000).Select(i => $" c{i} |")) + "\n|" + string.Concat(Enumerable.Repeat("---|", 1_000)) + "\n", 2, "this table has 1,000 columns" },
        { "100,000 links", Lines(10_000, i => string.Concat(Enumerable.Range(0, 10).Select(j => $"[l{i}-{j}](/p{i}) ")) + "\n"), 4_001, "more than 20,000 links and images" },
        { "20,000 headings", Lines(20_000, i => "## Same heading\n"), 4_001, "more than 2,000 headings" },
        { "100,000 bold spans, 100 to a paragraph", Lines(1_000, _ => string.Concat(Enumerable.Repeat("**b** ", 100)) + "\n"), 201, "more than 20,000 runs" },
        { "50,000 reference definitions", Lines(50_000, i => $"[r{i}]: /p{i}") + "\n" + Lines(1_000, i => $"[r{i}]"), 2_001, "more than 2,000 link definitions" },
    };

    public static TheoryData<string, string> Rendered() => new()
    {
        { "quotes 32 deep", Lines(32, i => new string('>', i) + " x") },
        { "lists 16 deep", Lines(16, i => new string(' ', (i - 1) * 2) + "- item") },
        { "32 nested brackets on 1,000 lines", Lines(1_000, _ => new string('[', 32) + "x" + new string(']', 32) + "\n") },
        { "a thematic break of 200 stars", "Above\n\n" + new string('*', 200) + "\n\nBelow\n" },
        { "1,000 emphasis runs", string.Concat(Enumerable.Repeat("*a **a ", 500)) + "\n" },
        { "1,000 backtick runs", string.Concat(Enumerable.Range(1, 1_000).Select(i => new string('`', (i % 40) + 1) + " " + new string('x', 60) + " ")) + "\n" },
        { "2,000 reference definitions", Lines(2_000, i => $"[r{i}]: /p{i}") + "\n" + Lines(2_000, i => $"[r{i}]") },
        { "20,000 links", Lines(2_000, i => string.Concat(Enumerable.Range(0, 10).Select(j => $"[l{i}-{j}](/p{i}) ")) + "\n") },
        { "a 100-column table of 200 rows", "|" + string.Concat(Enumerable.Range(0, 100).Select(i => $" c{i} |")) + "\n|" + string.Concat(Enumerable.Repeat("---|", 100)) + "\n" + Lines(200, _ => "|" + string.Concat(Enumerable.Range(0, 100).Select(i => " v |"))) },
        { "a fenced code block of 10,000 quote marks", "```\n" + new string('>', 10_000) + "\n" + Lines(3_000, i => new string('[', 40)) + "```\n" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_pathological_shape_is_refused_at_its_line_in_bounded_time_and_memory(string shape, string text, int line, string problem)
    {
        var (limit, cpu, allocated) = Measure(() => MarkdownLimits.Check(text));

        Assert.True(limit is not null, $"{shape}: not refused");
        Assert.Equal(line, limit.Value.Line);
        Assert.Contains(problem, limit.Value.Problem, StringComparison.Ordinal);
        AssertBounds(shape, cpu, allocated);
    }

    [Theory]
    [MemberData(nameof(Rendered))]
    public void The_largest_shapes_within_the_limits_render_in_bounded_time_and_memory(string shape, string text)
    {
        Renderer.Render("warm up *the* [parser](/x)\n", 1);

        var (html, cpu, allocated) = Measure(() => MarkdownLimits.Check(text) is null ? Renderer.Render(text, 1).Html : null);

        Assert.True(html is { Length: > 0 }, $"{shape}: refused by the limits");
        AssertBounds(shape, cpu, allocated);
    }

    private static void AssertBounds(string shape, double cpu, long allocated)
    {
        Assert.True(cpu < MaxCpuSeconds, $"{shape}: {cpu:0.000} s of CPU");
        Assert.True(allocated < MaxAllocatedBytes, $"{shape}: {allocated / 1e6:0.0} MB allocated");
    }

    private static (T Result, double CpuSeconds, long Allocated) Measure<T>(Func<T> work)
    {
        var cpu = ThreadCpuSeconds();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = work();
        return (result, ThreadCpuSeconds() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    /// <summary>This thread's user and system CPU time (Linux /proc; elsewhere the process's, which only errs high).</summary>
    private static double ThreadCpuSeconds()
    {
        const string stat = "/proc/thread-self/stat";
        if (!File.Exists(stat))
        {
            return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        }

        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / 100.0;
    }

    private static string Lines(int count, Func<int, string> line) =>
        string.Concat(Enumerable.Range(1, count).Select(i => line(i) + "\n"));
}

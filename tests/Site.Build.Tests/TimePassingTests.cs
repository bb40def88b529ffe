using Site.Content.Model;
using Site.Testing;
using Xunit;

namespace Site.Build.Tests;

/// <summary>
/// Time never turns a good build red: the demo, which builds today, is built on the day after each of its
/// authorizations ends and on 2099-01-01 (every one ended), in every deploy context. Each build succeeds; each story
/// whose authorization has ended is gone from every file but <c>_redirects</c>, which answers 410 for its URL and
/// its old URLs; its media are not copied.
/// </summary>
public sealed class TimePassingTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    public static TheoryData<string> Days()
    {
        var expiries = Directory.EnumerateFiles(Repository.PathTo("input", "stories"), "*.md")
            .SelectMany(File.ReadLines)
            .Where(l => l.TrimStart().StartsWith("expires:", StringComparison.Ordinal))
            .Select(l => DateOnly.ParseExact(l.Split(':', 2)[1].Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddDays(1))
            .Append(new DateOnly(2099, 1, 1))
            .Distinct()
            .Order()
            .Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return new TheoryData<string>(expiries);
    }

    [Fact]
    public void Every_story_of_the_demo_ends_on_a_day_that_is_tested()
    {
        Assert.True(Days().Count() >= 9, $"{Days().Count()} days");
    }

    [Theory]
    [MemberData(nameof(Days))]
    public async Task The_demo_builds_on_a_later_day_in_every_context_and_leaves_no_trace_of_what_ended(string day)
    {
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var context in Enum.GetValues<DeployContext>())
        {
            using var temp = new TempDirectory();
            var result = await new SiteBuild(
                new BuildOptions { Output = temp.Combine("output"), Theme = Repository.PathTo("theme"), Input = Repository.PathTo("input"), WorkingDirectory = Repository.Root, Today = date, Context = context },
                FixedClock.On(Today.Year, Today.Month, Today.Day)).RunAsync(cancellationToken: TestContext.Current.CancellationToken);

            Assert.True(result.Succeeded, $"{day} {context}:\n{string.Join('\n', result.Diagnostics.Where(d => d.IsError))}");
            var ended = result.Withdrawals;
            Assert.Equal(result.Stories.Count(s => s.Expires < date), ended.Count);
            var redirects = File.ReadAllText(temp.Combine("output", "_redirects"));
            foreach (var withdrawal in ended)
            {
                foreach (var url in withdrawal.OldUrls.Prepend(withdrawal.Url))
                {
                    Assert.Matches($"(?m)^{System.Text.RegularExpressions.Regex.Escape(url.TrimEnd('/'))} +/410.html +410!$", redirects);
                }

                Assert.DoesNotContain(result.Written, p => withdrawal.Media.Contains("/" + p));
            }

            var traces = Directory.EnumerateFiles(temp.Combine("output"), "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != "_redirects" && !f.Contains($"{Path.DirectorySeparatorChar}assets{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .SelectMany(f => ended.Where(w => File.ReadAllText(f).Contains("/" + w.Slug, StringComparison.OrdinalIgnoreCase)).Select(w => $"{Path.GetRelativePath(temp.Path, f)} mentions {w.Slug}"))
                .ToList();
            Assert.True(traces.Count == 0, string.Join('\n', traces));
        }
    }
}

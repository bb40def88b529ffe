using System.Diagnostics;
using Microsoft.Playwright;
using Site.Testing;
using Xunit;

namespace Site.EndToEnd.Tests;

/// <summary>
/// <c>site preview</c> as an editor uses it: the real program on a copy of the demo site, a story open in headless
/// Chromium, and the story file edited on disk. The tab shows the new text by itself; a broken front matter shows
/// the errors over the page; mending it takes them away; a stylesheet edit applies without reloading the page.
/// </summary>
public sealed class PreviewInBrowserTests : IAsyncLifetime
{
    private readonly TempDirectory temp = new();
    private readonly List<string> log = [];
    private Process preview = null!;
    private string origin = null!;

    public async ValueTask InitializeAsync()
    {
        temp.CopyIn(Repository.PathTo("input"), "input");
        temp.CopyIn(Repository.PathTo("theme"), "theme");

        var port = StaticServer.FreePort();
        origin = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = temp.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "site.dll"), "preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--today", "2026-11-25" })
        {
            start.ArgumentList.Add(arg);
        }

        preview = Process.Start(start)!;
        var serving = new TaskCompletionSource();
        preview.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.Add(e.Data);
            }

            if (e.Data.StartsWith("site preview: serving", StringComparison.Ordinal))
            {
                serving.TrySetResult();
            }
        };
        preview.BeginErrorReadLine();
        await serving.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!preview.HasExited)
        {
            preview.Kill(entireProcessTree: true);
            await preview.WaitForExitAsync();
        }

        preview.Dispose();
        temp.Dispose();
    }

    [Fact]
    public async Task An_edit_shows_by_itself_an_error_shows_over_the_page_and_goes_when_fixed()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(origin + "/stories/maria-walks-again/");
        var story = temp.Combine("input", "stories", "maria-walks-again.md");
        var original = await File.ReadAllTextAsync(story, TestContext.Current.CancellationToken);
        var timeout = new PageWaitForSelectorOptions { Timeout = 15000 };

        await File.WriteAllTextAsync(story, original.Replace("Every school morning", "Every single school morning", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        await page.WaitForSelectorAsync("text=Every single school morning", timeout);

        var broken = original.Replace("title:", "titel:", StringComparison.Ordinal);
        await File.WriteAllTextAsync(story, broken, TestContext.Current.CancellationToken);
        var overlay = await page.WaitForSelectorAsync("#site-preview-errors", timeout);
        var overlayText = await overlay!.InnerTextAsync();
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent");

        await File.WriteAllTextAsync(story, original, TestContext.Current.CancellationToken);
        await page.WaitForSelectorAsync("#site-preview-errors", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached, Timeout = 15000 });
        await page.WaitForSelectorAsync("text=Every school morning", timeout);

        Assert.Contains("input/stories/maria-walks-again.md:3:1", overlayText, StringComparison.Ordinal);
        Assert.Contains("SG2004", overlayText, StringComparison.Ordinal);
        Assert.Contains("What to do:", overlayText, StringComparison.Ordinal);
        Assert.Equal("Hide this message", focused);
        Assert.Equal(original, await File.ReadAllTextAsync(story, TestContext.Current.CancellationToken));
        Assert.False(Directory.Exists(temp.Combine("output")));
    }

    [Fact]
    public async Task A_stylesheet_edit_applies_without_reloading_the_page()
    {
        Requirements.Chromium();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(origin + "/");
        await page.EvaluateAsync("() => { window.previewMarker = 42; }");

        await File.AppendAllTextAsync(temp.Combine("theme", "assets", "css", "site.css"), "\nbody { outline: 7px solid rgb(1, 2, 3); }\n", TestContext.Current.CancellationToken);
        try
        {
            await page.WaitForFunctionAsync("() => getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)'", null, new PageWaitForFunctionOptions { Timeout = 15000 });
        }
        catch (TimeoutException)
        {
            lock (log)
            {
                Assert.Fail("the stylesheet was not applied; the preview said:\n" + string.Join('\n', log));
            }
        }

        Assert.Equal(42, await page.EvaluateAsync<int>("() => window.previewMarker"));
    }
}

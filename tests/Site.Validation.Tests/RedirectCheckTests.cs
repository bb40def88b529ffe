using Site.Testing;
using Site.Validation.Links;
using Site.Validation.Stage;
using Xunit;

namespace Site.Validation.Tests;

/// <summary>
/// <c>site check</c> follows the folder's own <c>_redirects</c> for internal links: plain path rules with 301, 302,
/// 303, 307, 308 or 200; not 404/410, splats, placeholders or conditions. A link that arrives is a warning naming the
/// new URL; one that does not is an error saying where it went. Broken targets name the nearest file.
/// </summary>
public sealed class RedirectCheckTests
{
    [Fact]
    public async Task A_folder_with_redirects_is_checked_as_its_host_would_serve_it()
    {
        var folder = Repository.PathTo("tests", "Site.Validation.Tests", "Redirects", "site");
        var (pages, files) = LinkChecker.ReadFolder(folder);

        var report = await new LinkChecker(new ValidationOptions { SiteUrl = "https://example.org" }).CheckAsync(pages, files, folder, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                "index.html:6:4: warning SG3040: link target /old/ is redirected to /new/ (301 in _redirects line 2); link to /new/ directly",
                "index.html:7:4: warning SG3040: link target /old is redirected to /new/ (301 in _redirects line 2); link to /new/ directly",
                "index.html:8:4: warning SG3040: link target /old/#intro is redirected to /new/#intro (301 in _redirects line 2); link to /new/#intro directly",
                "index.html:9:4: error SG3002: link target /old/#intor is redirected to /new/#intor (301 in _redirects line 2), which has no element with id or name 'intor'; did you mean 'intro'?",
                "index.html:10:4: warning SG3040: link target /chain-a/ is redirected to /new/ (301 in _redirects line 3, 302 in _redirects line 4); link to /new/ directly",
                "index.html:11:4: warning SG3040: link target /moved-away/ is redirected to https://elsewhere.example/page/ (301 in _redirects line 5); link to https://elsewhere.example/page/ directly",
                "index.html:13:4: error SG3001: link target /lost/ not found: it is redirected to /nowhere/ (301 in _redirects line 7), which is not found either",
                "index.html:14:4: error SG3001: link target /loop-a/ is redirected in a loop (301 in _redirects line 8, 301 in _redirects line 9); make the last rule lead to a page that exists",
                "index.html:15:4: error SG3001: link target /gone/ not found",
                "index.html:16:4: error SG3001: link target /splat/anything/ not found",
                "index.html:17:4: error SG3001: link target /only-for-us/ not found",
                "index.html:19:4: error SG3003: image /media/Grace-Hero.jpg not found; did you mean /media/grace-hero.jpg? Only the case differs, and addresses are case-sensitive",
                "index.html:20:4: error SG3001: link target /media/Grace-Hero.jpg not found; did you mean /media/grace-hero.jpg? Only the case differs, and addresses are case-sensitive",
            ],
            report.Failures.Select(f => f.Diagnostic.ToString()));
        Assert.False(report.Succeeded);
    }

    [Fact]
    public void Rules_that_depend_on_the_request_or_do_not_move_are_not_followed()
    {
        var redirects = SiteRedirects.Parse("/a /b\n/c  /d  307!\n# /e /f\n/g?x=1 /h\n/i id=:id /j 301\n/k /l 404\n/m/:name /n 301\n/o /p 301 Role=admin\n/q%20r /s/ 308\n");

        Assert.Equal(new RedirectRule("/a", "/b", 301, false, 1), redirects.Find("/a/"));
        Assert.Equal(new RedirectRule("/c", "/d", 307, true, 2), redirects.Find("/c"));
        Assert.Equal(9, redirects.Find("/q r")?.Line);
        Assert.All(new[] { "/e", "/g", "/i", "/k", "/m/x", "/o", "/A" }, path => Assert.Null(redirects.Find(path)));
    }
}

using static Site.Build.Tests.Hostile.Expectation;
using static Site.Build.Tests.Hostile.ExpectedDiagnostic;
using static Site.Build.Tests.Hostile.HostileSite;
using static Site.Build.Tests.Hostile.MarkdownBombs;

namespace Site.Build.Tests.Hostile;

/// <summary>
/// Rule 1, inside input/ only: links refused (SG1022) at the link's path, nothing from outside published, no loop;
/// only regular files opened (FIFO, socket, device: SG1023, never a hang); the 4 MB limit on bytes (SG1011);
/// hidden files, editor and system litter ignored silently and never published; Markdown under another extension
/// or capitalisation a warning (SG1024) naming the file.
/// </summary>
public static class Rule1InsideInput
{
    private const string Passwd = "/etc/passwd";
    private const int FourMegabytes = 4 * 1024 * 1024;

    private static string SecretStory => Documents.StoryAbout(OutsideMarker, 99);

    private static string SecretTemplate => $"<p>{OutsideMarker}</p>\n";

    public static IEnumerable<HostileCase> Cases =>
    [
        // Symbolic links, to files and folders, inside and outside, loops, system files.
        new(1, "story link to a file outside", s => s.LinkFile("input/stories/linked.md", s.Outside("secret.md", SecretStory)), Fails(Error("SG1022", "input/stories/linked.md"))),
        new(1, "story link to another story inside", s => s.LinkFile("input/stories/copy.md", "maria-walks-again.md"), Fails(Error("SG1022", "input/stories/copy.md"))),
        new(1, "page link to a story in another folder of input", s => s.LinkFile("input/pages/faq.md", "../stories/maria-walks-again.md"), Fails(Error("SG1022", "input/pages/faq.md"))),
        new(1, "link at the top of input to a file outside", s => s.LinkFile("input/extra.md", s.Outside("extra.md", SecretStory)), Fails(Error("SG1022", "input/extra.md"))),
        new(1, "site.yml is a link to a file outside", s => s.LinkFile(Settings, s.Outside("site.yml", SiteFixture.SiteYaml.Replace("Stories for tests.", OutsideMarker, StringComparison.Ordinal))), Fails(Error("SG1022", Settings))),
        new(1, "alert link to a file outside", s => s.LinkFile("input/alerts/closure.yml", s.Outside("closure.yml", Documents.Alert.Replace("The car park is closed.", OutsideMarker, StringComparison.Ordinal))), Fails(Error("SG1022", "input/alerts/closure.yml"))),
        new(1, "folder link in stories to a folder outside", s => s.LinkDirectory("input/stories/more", s.OutsideFolder("more", ("secret.md", SecretStory))), Fails(Error("SG1022", "input/stories/more"))),
        new(1, "input/stories itself is a link to a folder outside", s => s.LinkDirectory("input/stories", s.OutsideFolder("stories", ("secret.md", SecretStory))), Fails(Error("SG1022", "input/stories"))),
        new(1, "input/media itself is a link to a folder outside", s => s.LinkDirectory("input/media", s.OutsideFolder("media", ("photo.jpg", OutsideMarker))), Fails(Error("SG1022", "input/media"))),
        new(1, "media file link to /etc/passwd", s => s.LinkFile("input/media/photo.jpg", Passwd), Fails(Error("SG1022", "input/media/photo.jpg"))),
        new(1, "story link to /dev/zero", s => s.LinkFile("input/stories/zero.md", "/dev/zero"), Fails(Error("SG1022", "input/stories/zero.md"))),
        new(1, "folder link that loops to its own folder", s => s.LinkDirectory("input/stories/loop", "."), Fails(Error("SG1022", "input/stories/loop"))),
        new(1, "media folder link up to the site's own folder", s => { s.Outside("notes.txt", OutsideMarker); s.LinkDirectory("input/media/up", "../.."); }, Fails(Error("SG1022", "input/media/up"))),
        new(1, "two media links that point at each other", s => { s.LinkFile("input/media/a.jpg", "b.jpg"); s.LinkFile("input/media/b.jpg", "a.jpg"); }, Fails(Error("SG1022", "input/media/a.jpg"), Error("SG1022", "input/media/b.jpg"))),
        new(1, "dangling story link", s => s.LinkFile("input/stories/gone.md", "nowhere.md"), Fails(Error("SG1022", "input/stories/gone.md"))),
        new(1, "theme partial link to a file outside", s => s.LinkFile(Footer, s.Outside("footer.liquid", SecretTemplate)), Fails(Error("SG1022", Footer))),
        new(1, "theme layout link to another layout inside", s => s.LinkFile("theme/layouts/story.liquid", "page.liquid"), Fails(Error("SG1022", "theme/layouts/story.liquid"))),
        new(1, "theme asset folder link to a folder outside", s => s.LinkDirectory("theme/assets/css", s.OutsideFolder("css", ("site.css", $".m {{ content: \"{OutsideMarker}\"; }}\n"))), Fails(Error("SG1022", "theme/assets/css"))),
        new(1, "theme asset link to /etc/passwd", s => s.LinkFile("theme/assets/passwd.txt", Passwd), Fails(Error("SG1022", "theme/assets/passwd.txt"))),

        // Paths that climb out without a link.
        new(1, "theme include that climbs out of theme", s => { s.Outside("secret.liquid", SecretTemplate); s.Edit(Footer, "<p class=\"copyright\">", "{% include '../../outside/secret' %}<p class=\"copyright\">"); }, Fails(ErrorUnder("theme/"))),
        new(1, "theme include of an absolute path", s => s.Edit(Footer, "<p class=\"copyright\">", "{% include '/etc/passwd' %}<p class=\"copyright\">"), Fails(ErrorUnder("theme/"))),
        new(1, "front matter image that climbs out of input/media", s => { s.Outside("secret.jpg", OutsideMarker); s.Edit(Maria, "tags: [recovery]\n", "tags: [recovery]\nimage: { src: media/../../outside/secret.jpg, alt: A garden }\n"); }, Fails(Error("SG2030", Maria))),
        new(1, "Markdown image that climbs out of the site", s => { s.Outside("secret.jpg", OutsideMarker); s.WriteMariaBody("![A garden](../../../outside/secret.jpg)\n"); }, Fails(ErrorAt(Maria, StoryBodyLine))),

        // Only regular files are opened: FIFOs, sockets and devices are refused at once.
        new(1, "story that is a FIFO", s => s.Fifo("input/stories/pipe.md"), Fails(Error("SG1023", "input/stories/pipe.md"))),
        new(1, "page that is a FIFO", s => s.Fifo("input/pages/faq.md"), Fails(Error("SG1023", "input/pages/faq.md"))),
        new(1, "media file that is a FIFO", s => s.Fifo("input/media/stream.jpg"), Fails(Error("SG1023", "input/media/stream.jpg"))),
        new(1, "site.yml that is a FIFO", s => s.Fifo(Settings), Fails(Error("SG1023", Settings))),
        new(1, "theme partial that is a FIFO", s => s.Fifo("theme/partials/pipe.liquid"), Fails(Error("SG1023", "theme/partials/pipe.liquid"))),
        new(1, "story that is a Unix socket", s => s.Socket("input/stories/socket.md"), Fails(Error("SG1023", "input/stories/socket.md"))),
        new(1, "media file that is a Unix socket", s => s.Socket("input/media/socket.jpg"), Fails(Error("SG1023", "input/media/socket.jpg"))),
        new(1, "story that is a character device like /dev/zero", s => s.CharacterDevice("input/stories/zero.md", 1, 5), Fails(Error("SG1023", "input/stories/zero.md"))),
        new(1, "media file that is a character device like /dev/null", s => s.CharacterDevice("input/media/null.jpg", 1, 3), Fails(Error("SG1023", "input/media/null.jpg"))),

        // The 4 MB limit counts bytes.
        new(1, "story of 4 MiB and one byte", s => s.Write(Maria, PaddedTo(Documents.MariaStory(), FourMegabytes + 1)), Fails(Error("SG1011", Maria))),
        new(1, "story under 4 Mi characters but over 4 MiB of UTF-8", s => s.WriteMariaBody(Repeat("€", 1_500_000) + "\n"), Fails(Error("SG1011", Maria))),
        new(1, "site.yml over 4 MiB", s => s.Write(Settings, SiteFixture.SiteYaml + "\n" + Repeat("# padding padding padding padding\n", 130_000)), Fails(Error("SG1011", Settings))),
        new(1, "theme partial over 4 MiB", s => s.Edit(Footer, "</footer>", "</footer>{% comment %}" + Repeat("padding ", 600_000) + "{% endcomment %}"), Fails(Error("SG1011", Footer))),

        // Hidden files, editor litter and system litter: ignored silently, never published.
        new(1, "emacs lock file in stories", s => s.Litter("input/stories/.#maria-walks-again.md"), SucceedsSilently()),
        new(1, "backup file~ in stories", s => s.Litter("input/stories/maria-walks-again.md~"), SucceedsSilently()),
        new(1, "emacs autosave #file# in stories", s => s.Litter("input/stories/#maria-walks-again.md#"), SucceedsSilently()),
        new(1, "vim swap file in stories", s => s.Litter("input/stories/.maria-walks-again.md.swp", "b0VIM 9.0\0\0\0\0\u0010\0\0"), SucceedsSilently()),
        new(1, "vim .swo file in stories", s => s.Litter("input/stories/maria-walks-again.md.swo"), SucceedsSilently()),
        new(1, ".tmp file in stories", s => s.Litter("input/stories/maria-walks-again.md.tmp"), SucceedsSilently()),
        new(1, ".bak file in stories", s => s.Litter("input/stories/maria-walks-again.md.bak"), SucceedsSilently()),
        new(1, ".orig file in stories", s => s.Litter("input/stories/maria-walks-again.md.orig"), SucceedsSilently()),
        new(1, "AppleDouble ._ file in stories", s => s.Litter("input/stories/._maria-walks-again.md", "\0\u0005\u0016\u0007\0\u0002\0\0Mac OS X        "), SucceedsSilently()),
        new(1, ".DS_Store in stories", s => s.Litter("input/stories/.DS_Store", "\0\0\0\u0001Bud1\0\0\u0010\0"), SucceedsSilently()),
        new(1, "Thumbs.db in stories", s => s.Litter("input/stories/Thumbs.db", "\u00d0\u00cf\u0011\u00e0"), SucceedsSilently()),
        new(1, "desktop.ini in stories", s => s.Litter("input/stories/desktop.ini", "[.ShellClassInfo]\nIconResource=C:\\icon.ico\n"), SucceedsSilently()),
        new(1, "hidden story file", s => s.Litter("input/stories/.hidden-draft.md"), SucceedsSilently()),
        new(1, "emacs lock file in articles", s => { s.Write(ArticlePath, Documents.Article); s.Litter("input/articles/.#heart-tips.md"); }, SucceedsSilently()),
        new(1, "backup file~ in events", s => { s.Write(EventPath, Documents.Event); s.Litter("input/events/open-day.md~"); }, SucceedsSilently()),
        new(1, "emacs autosave #file# in pages", s => s.Litter("input/pages/#about.md#", Documents.Page("Secret", "Autosaved.")), SucceedsSilently()),
        new(1, "desktop.ini in pages", s => s.Litter("input/pages/desktop.ini", "[.ShellClassInfo]\n"), SucceedsSilently()),
        new(1, ".DS_Store in media", s => s.Litter("input/media/.DS_Store", "\0\0\0\u0001Bud1\0\0\u0010\0"), SucceedsSilently()),
        new(1, "AppleDouble ._ file beside a photo in media", s => { s.WritePhoto("input/media/photo.jpg"); s.Litter("input/media/._photo.jpg", "\0\u0005\u0016\u0007Mac OS X"); }, SucceedsSilently()),
        new(1, "Thumbs.db in media", s => s.Litter("input/media/Thumbs.db", "\u00d0\u00cf\u0011\u00e0"), SucceedsSilently()),
        new(1, ".bak copy of a photo in media", s => { s.WritePhoto("input/media/photo.jpg"); s.Litter("input/media/photo.jpg.bak", "JPEG"); }, SucceedsSilently()),
        new(1, "hidden folder in media", s => s.Litter("input/media/.cache/thumb.jpg", "JPEG"), SucceedsSilently()),
        new(1, "text saved with a photo's name in media", s => s.Write("input/media/photo.jpg", "JPEG"), Fails(Error("SG2033", "input/media/photo.jpg", 1, 1))),
        new(1, "an SVG in media that runs a script when opened", s => s.Write("input/media/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script>\n</svg>\n"), Fails(Error("SG2032", "input/media/logo.svg", 2, 2))),
        new(1, ".DS_Store in theme assets", s => s.Litter("theme/assets/.DS_Store", "\0\0\0\u0001Bud1\0\0\u0010\0"), SucceedsSilently()),
        new(1, "Thumbs.db in theme assets", s => s.Litter("theme/assets/Thumbs.db", "\u00d0\u00cf\u0011\u00e0"), SucceedsSilently()),
        new(1, ".orig stylesheet in theme assets", s => s.Litter("theme/assets/css/site.css.orig", ".old { color: red; }"), SucceedsSilently()),
        new(1, "hidden folder in theme assets", s => s.Litter("theme/assets/.sass-cache/site.css", ".cache { color: red; }"), SucceedsSilently()),
        new(1, "backup layout~ that does not compile", s => s.Litter("theme/layouts/story.liquid~", Documents.BrokenTemplate), SucceedsSilently()),
        new(1, "emacs lock partial that does not compile", s => s.Litter("theme/partials/.#footer.liquid", Documents.BrokenTemplate), SucceedsSilently()),
        new(1, "emacs autosave #layout# that does not compile", s => s.Litter("theme/layouts/#page.liquid#", Documents.BrokenTemplate), SucceedsSilently()),
        new(1, "vim swap file of a partial", s => s.Litter("theme/partials/.footer.liquid.swp", "b0VIM 9.0\0\0" + Documents.BrokenTemplate), SucceedsSilently()),
        new(1, "hidden FIFO in stories is ignored, never opened", s => s.Fifo("input/stories/.pipe.md"), SucceedsSilently()),

        // Markdown under another extension or capitalisation: a warning naming the file, and the build succeeds.
        new(1, "story.markdown", s => s.Write("input/stories/lena.markdown", Documents.StoryAbout("Lena", 50)), Succeeds(Warning("SG1024", "input/stories/lena.markdown"))),
        new(1, "STORY.MD", s => s.Write("input/stories/INES.MD", Documents.StoryAbout("Ines", 51)), Succeeds(Warning("SG1024", "input/stories/INES.MD"))),
        new(1, "article x.Md", s => s.Write("input/articles/tips.Md", Documents.Article), Succeeds(Warning("SG1024", "input/articles/tips.Md"))),
        new(1, "page .mdown", s => s.Write("input/pages/faq.mdown", Documents.Page("Questions", "Ask us.")), Succeeds(Warning("SG1024", "input/pages/faq.mdown"))),
        new(1, "event .MARKDOWN", s => s.Write("input/events/fair.MARKDOWN", Documents.Event), Succeeds(Warning("SG1024", "input/events/fair.MARKDOWN"))),
    ];

    /// <summary>A text padded with plain lines to exactly <paramref name="bytes"/> bytes (ASCII, so bytes and characters agree).</summary>
    private static string PaddedTo(string text, int bytes)
    {
        const string line = "Maria walked to the park and back again, a little farther every day.\n";
        var padded = text + Repeat(line, (bytes - text.Length) / line.Length);
        return padded + new string('a', bytes - padded.Length);
    }
}

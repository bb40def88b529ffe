using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace Site.Build.Tests.Hostile;

/// <summary>
/// The <see cref="SiteFixture"/> site (a valid site that builds with no diagnostic), plus the operations a hostile
/// case needs: files written with any bytes, symbolic links, FIFOs, sockets and devices, files outside the site,
/// and editor litter. It remembers what must never be published (markers of content from outside input/ and
/// theme/, and litter) for the universal checks. Every operation replaces what was at its path.
/// </summary>
public sealed class HostileSite : IDisposable
{
    public const string Maria = "input/stories/maria-walks-again.md";
    public const string Tomas = "input/stories/tomas-gardens.md";
    public const string About = "input/pages/about.md";
    public const string Settings = "input/site.yml";
    public const string ArticlePath = "input/articles/heart-tips.md";
    public const string EventPath = "input/events/open-day.md";
    public const string Footer = "theme/partials/footer.liquid";

    /// <summary>The first line of a story's text (the fixture's front matter is 18 lines, then a blank line).</summary>
    public const int StoryBodyLine = 20;

    /// <summary>The first line of a page's text written with <see cref="Documents.Page"/>.</summary>
    public const int PageBodyLine = 6;

    /// <summary>Written into every file outside input/ and theme/: no file the build writes may contain it.</summary>
    public const string OutsideMarker = "HOSTILE-OUTSIDE-MARKER-5e1d";

    private readonly SiteFixture fixture = new();
    private readonly List<string> links = [];
    private readonly List<byte[]> foreign = [Encoding.UTF8.GetBytes(OutsideMarker)];
    private readonly List<string> unpublishableNames = [];
    private readonly List<Socket> sockets = [];

    public string Root => fixture.Root;

    /// <summary>Byte strings that come from outside input/ and theme/, or from ignored files: never in the output.</summary>
    public IReadOnlyList<byte[]> ForeignContent => foreign;

    /// <summary>Names of litter (a file, or the hidden folder it is in) that must never appear in an output path.</summary>
    public IReadOnlyList<string> UnpublishableNames => unpublishableNames;

    /// <summary>The folders of the site that are its sources (not scanned as output).</summary>
    public static IReadOnlyList<string> SourceFolders { get; } = ["input", "theme", "outside", ".hostile"];

    public string Full(string relative) => Path.Combine([Root, .. relative.Split('/')]);

    public void Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        Clear(relative);
        fixture.WriteBytes(relative, bytes);
    }

    /// <summary>Replaces one exact piece of a file (the catalogue fails loudly if the piece is not there).</summary>
    /// <summary>A real 16 by 16 JPEG (a file named .jpg that is not a photo is SG2033).</summary>
    public void WritePhoto(string relative)
    {
        using var bitmap = new SkiaSharp.SKBitmap(16, 16);
        bitmap.Erase(SkiaSharp.SKColors.SteelBlue);
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 80);
        WriteBytes(relative, data.ToArray());
    }

    public void Edit(string relative, string find, string replacement)
    {
        var text = File.ReadAllText(Full(relative));
        if (!text.Contains(find, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{find}' is not in {relative}");
        }

        Write(relative, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    public void WriteMariaBody(string body) => Write(Maria, Documents.MariaStory(body));

    public void WriteTomasBody(string body) => Write(Tomas, Documents.TomasStory(body));

    /// <summary>
    /// Writes a file under <c>outside/</c> (beside input/ and theme/, where no build may read) and returns its full
    /// path. The text must hold <see cref="OutsideMarker"/> where a build that read it would publish it.
    /// </summary>
    public string Outside(string relative, string text)
    {
        if (!text.Contains(OutsideMarker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"outside/{relative} must hold the outside marker");
        }

        var full = Path.Combine([Root, "outside", .. relative.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>A folder under <c>outside/</c> holding the given files (each with the outside marker); returns its full path.</summary>
    public string OutsideFolder(string relative, params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files)
        {
            Outside(relative + "/" + name, text);
        }

        return Path.Combine([Root, "outside", .. relative.Split('/')]);
    }

    /// <summary>A symbolic link to a file; <paramref name="target"/> is stored as given (relative or absolute).</summary>
    public void LinkFile(string link, string target)
    {
        File.CreateSymbolicLink(Full(Cleared(link)), target);
        Remember(link, target);
    }

    public void LinkDirectory(string link, string target)
    {
        Directory.CreateSymbolicLink(Full(Cleared(link)), target);
        Remember(link, target);
    }

    public void Fifo(string relative) => Run("mkfifo", Full(Cleared(relative)));

    public void Socket(string relative)
    {
        // Kept open until the site is disposed: .NET removes a bound socket's file when the socket is closed.
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Full(Cleared(relative))));
        sockets.Add(socket);
    }

    /// <summary>A character device node (mknod needs CAP_MKNOD; the case is skipped where it is not allowed).</summary>
    public void CharacterDevice(string relative, int major, int minor)
    {
        var full = Full(Cleared(relative));
        if (!TryRun("mknod", full, "c", $"{major}", $"{minor}"))
        {
            Assert.Skip("mknod is not allowed here");
        }

        if (major == 1 && minor == 5)
        {
            foreign.Add(new byte[4096]);
        }
    }

    /// <summary>
    /// An editor's or an operating system's file, which a build must ignore silently: it holds a marker (after the
    /// given text, or after a valid story that would be published if it were read), so publishing it is seen.
    /// </summary>
    public void Litter(string relative, string? text = null)
    {
        var marker = $"HOSTILE-LITTER-MARKER-{unpublishableNames.Count:D2}";
        Write(relative, (text ?? Documents.StoryAbout(marker, 900 + unpublishableNames.Count)) + "\n" + marker + "\n");
        foreign.Add(Encoding.UTF8.GetBytes(marker));
        unpublishableNames.Add(relative.Split('/').FirstOrDefault(part => part.StartsWith('.')) ?? Path.GetFileName(relative));
    }

    public void Dispose()
    {
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }

        // Links first, one by one (unlink never touches a target), so that no recursive delete can follow one.
        foreach (var link in links)
        {
            File.Delete(link);
        }

        fixture.Dispose();
    }

    private void Remember(string link, string target)
    {
        links.Add(Full(link));
        if (target == "/etc/passwd" && File.Exists(target))
        {
            foreign.Add(Encoding.UTF8.GetBytes(File.ReadLines(target).First()));
        }
        else if (target == "/dev/zero")
        {
            foreign.Add(new byte[4096]);
        }
    }

    private string Cleared(string relative)
    {
        Clear(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(Full(relative))!);
        return relative;
    }

    private void Clear(string relative)
    {
        var full = Full(relative);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            File.Delete(full);
        }
        else if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }
        else if (info.Exists)
        {
            File.Delete(full);
        }
    }

    private static void Run(string program, params string[] args)
    {
        if (!TryRun(program, args))
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed");
        }
    }

    private static bool TryRun(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}

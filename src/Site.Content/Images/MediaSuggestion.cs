using Site.Content.Formats;

namespace Site.Content.Images;

/// <summary>
/// For a message about a file of <c>input/media/</c> that is not there: the existing file it most likely meant. A
/// name that differs only in capital letters comes first (the site's server tells them apart, a laptop may not),
/// then the nearest name in the same folder by edit distance, then the same file name in another folder.
/// </summary>
public static class MediaSuggestion
{
    /// <summary>The nearest existing path (relative to <c>input/media/</c>, with '/'), or null when none is close.</summary>
    public static string? Nearest(string written, IReadOnlyCollection<string> files)
    {
        var relative = Relative(written);
        if (relative.Length == 0 || files.Count == 0)
        {
            return null;
        }

        if (files.FirstOrDefault(f => string.Equals(f, relative, StringComparison.OrdinalIgnoreCase) && f != relative) is { } caseOnly)
        {
            return caseOnly;
        }

        var folder = FolderOf(relative);
        var name = relative[(folder.Length == 0 ? 0 : folder.Length + 1)..];
        var siblings = files.Where(f => FolderOf(f) == folder).Select(f => f[(folder.Length == 0 ? 0 : folder.Length + 1)..]).ToList();
        if (Formats.Nearest.To(name.ToLowerInvariant(), siblings.Select(s => s.ToLowerInvariant()).Distinct(StringComparer.Ordinal)) is { } near)
        {
            var found = siblings.Where(s => s.Equals(near, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).First();
            return folder.Length == 0 ? found : folder + "/" + found;
        }

        return files.Where(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>The end of a "not found" message: what exists instead, or what to do when nothing is close.</summary>
    public static string Advice(string written, IReadOnlyCollection<string> files, string what = "file") =>
        Nearest(written, files) is { } near
            ? $"input/media/{near} exists: write 'media/{near}'{(near != Relative(written) && string.Equals(near, Relative(written), StringComparison.OrdinalIgnoreCase) ? " (capital letters count)" : string.Empty)}, or put the {what} in input/media/"
            : $"put the {what} in input/media/ and write 'media/<file name>'";

    private static string Relative(string written)
    {
        var relative = written.TrimStart('/');
        return relative.StartsWith("media/", StringComparison.Ordinal) ? relative["media/".Length..] : relative;
    }

    private static string FolderOf(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : string.Empty;
}

namespace Site.Validation.Links;

/// <summary>The files of the site being checked (paths relative to its folder, forward slashes) and the anchors of each page.</summary>
public sealed class SiteIndex(IReadOnlySet<string> files, IReadOnlyDictionary<string, PageScan> pages)
{
    public bool Exists(string path) => files.Contains(path);

    /// <summary>The file a resolved target names: a folder serves its index.html; a path without a slash may be a folder too.</summary>
    public string? FileFor(Resolved.Internal target)
    {
        if (target.IsFolder)
        {
            var index = target.Path.Length == 0 ? "index.html" : target.Path + "/index.html";
            return files.Contains(index) ? index : null;
        }

        if (files.Contains(target.Path))
        {
            return target.Path;
        }

        var folderIndex = target.Path + "/index.html";
        return files.Contains(folderIndex) ? folderIndex : null;
    }

    public PageScan? Page(string path) => pages.GetValueOrDefault(path);
}

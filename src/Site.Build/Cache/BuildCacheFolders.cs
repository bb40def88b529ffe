namespace Site.Build.Cache;

/// <summary>The folders of a build as the cache needs them (full paths), and how messages name a path.</summary>
internal sealed record BuildCacheFolders(string Root, string Input, string Theme, string Output, string Cache, Func<string, string> Display)
{
    /// <summary>The manifest: the key, the output's files and the build's result, written after each successful build.</summary>
    public string Manifest => Path.Combine(Cache, "manifest.json");
}

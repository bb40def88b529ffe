using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Site.Content.Builds;
using Site.Content.Model;
using Site.Engine.Files;

namespace Site.Build.Cache;

/// <summary>
/// The key of a whole build: a SHA-256 over everything that decides what a build prints and writes, in four parts
/// kept apart so that a message can say which one changed. The generator: the cache format's version, the identity of
/// every assembly of the program (each Site.* assembly's MVID, which a new compile of changed code changes) and the
/// packages it runs with (the <c>*.deps.json</c> beside it). The sources: every file under input/ and theme/ (hidden
/// ones too), by its relative path and its bytes (never its time), and every folder, link or special file by its path. The
/// options: the folders as messages name them, the deploy context, the base URL, drafts, the search setting (and the
/// Pagefind binary's size and time), the image cache on or off. The clock: today and the alerts in effect now.
/// </summary>
internal sealed record BuildCacheKey(string Generator, string Sources, string Options, string Clock)
{
    /// <summary>The version of the cache's format; a change of what is stored, or of what the key covers, raises it.</summary>
    public const int FormatVersion = 1;

    private static readonly Lazy<string> GeneratorHash = new(HashGenerator);

    /// <summary>The hash of this generator's assemblies (what makes a new version of site start cold).</summary>
    public static string GeneratorVersion => GeneratorHash.Value;

    /// <summary>The key itself: a hash of the four parts.</summary>
    public string Value => Hex(SHA256.HashData(Encoding.UTF8.GetBytes($"{FormatVersion}\n{Generator}\n{Sources}\n{Options}\n{Clock}")));

    /// <summary>The key of a build with these options and settings, its folders resolved.</summary>
    public static BuildCacheKey Of(BuildOptions options, BuildCacheFolders folders, BuildContext build)
    {
        var sources = Hash(hash =>
        {
            foreach (var (name, root) in new[] { ("input", folders.Input), ("theme", folders.Theme) })
            {
                Add(hash, "folder", name);
                foreach (var (path, relative, kind) in Walk(root))
                {
                    Add(hash, kind.ToString(), relative);
                    if (kind == FileKind.File)
                    {
                        AddFile(hash, path);
                    }
                }
            }
        });

        var optionText = string.Join('\n',
            "root=" + folders.Root,
            "input=" + folders.Display(folders.Input),
            "theme=" + folders.Display(folders.Theme),
            "output=" + folders.Display(folders.Output),
            "context=" + DeployContexts.Name(options.Context),
            "base-url=" + build.BaseUrl,
            "base-url-option=" + options.BaseUrl,
            "drafts=" + options.IncludeDrafts,
            "assets=" + options.AssetsPath,
            "image-cache=" + (options.ImageCache is null ? "off" : "on"),
            "search=" + (options.SearchRequired ? "required" : options.Pagefind is null ? "off" : "auto"),
            "search-index=" + build.SearchIndex,
            "pagefind=" + Pagefind(options.Pagefind, folders.Root));
        var clockText = string.Join('\n',
            "today=" + build.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "alerts=" + string.Join(',', build.Alerts.Select(a => a.Alert.Id)));
        return new BuildCacheKey(GeneratorHash.Value, sources, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(optionText))), Hex(SHA256.HashData(Encoding.UTF8.GetBytes(clockText))));
    }

    /// <summary>What changed between <paramref name="cached"/> and this key, in words for the info line.</summary>
    public string Difference(BuildCacheKey cached) =>
        cached.Generator != Generator ? "the generator is not the one that made the cached build (a new version of site)"
        : cached.Sources != Sources ? "a file under the input or theme folder changed, was added or was removed"
        : cached.Options != Options ? "the build's options or folders are not those of the cached build"
        : cached.Clock != Clock ? "today's date or the alerts in effect now are not those of the cached build"
        : "the cached build's key is different";

    /// <summary>
    /// Every entry under <paramref name="root"/>, hidden and backup files too (more than the build reads: a change to
    /// one costs a full build, never a wrong site), in ordinal order; a link or a pipe is named, never followed or opened.
    /// </summary>
    private static List<(string Path, string Relative, FileKind Kind)> Walk(string root)
    {
        var entries = new List<(string, string, FileKind)>();
        void Visit(string folder, string prefix)
        {
            string[] children;
            try
            {
                children = Directory.GetFileSystemEntries(folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                entries.Add((folder, prefix + "?unlistable", FileKind.Special));
                return;
            }

            foreach (var child in children)
            {
                var relative = prefix + Path.GetFileName(child);
                var kind = FileKinds.Of(child);
                if (kind == FileKind.Folder)
                {
                    entries.Add((child, relative + "/", kind));
                    Visit(child, relative + "/");
                }
                else if (kind != FileKind.Missing)
                {
                    entries.Add((child, relative, kind));
                }
            }
        }

        if (FileKinds.Of(root) == FileKind.Folder)
        {
            Visit(root, string.Empty);
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Item2, b.Item2));
        return entries;
    }

    private static string Pagefind(string? binary, string root)
    {
        if (binary is null)
        {
            return "none";
        }

        var info = new FileInfo(Path.GetFullPath(binary, root));
        return info.Exists ? string.Create(CultureInfo.InvariantCulture, $"{info.FullName} {info.Length} {info.LastWriteTimeUtc.Ticks}") : info.FullName + " missing";
    }

    /// <summary>The program: each Site.* assembly reachable from this one (name, MVID, informational version), and its deps.json files.</summary>
    private static string HashGenerator() => Hash(hash =>
    {
        Add(hash, "format", FormatVersion.ToString(CultureInfo.InvariantCulture));
        var seen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(BuildCacheKey).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            var name = assembly.GetName().Name ?? string.Empty;
            if (seen.ContainsKey(name))
            {
                continue;
            }

            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            seen[name] = $"{assembly.ManifestModule.ModuleVersionId:N} {version}";
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name is { } referenced && referenced.StartsWith("Site.", StringComparison.Ordinal) && !seen.ContainsKey(referenced))
                {
                    pending.Push(Assembly.Load(reference));
                }
                else if (reference.Name is { } other)
                {
                    seen.TryAdd("ref " + other, reference.FullName);
                }
            }
        }

        foreach (var (name, identity) in seen)
        {
            Add(hash, name, identity);
        }

        foreach (var deps in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.deps.json").Order(StringComparer.Ordinal))
        {
            Add(hash, "deps", Path.GetFileName(deps));
            AddFile(hash, deps);
        }
    });

    private static string Hash(Action<IncrementalHash> fill)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        fill(hash);
        return Hex(hash.GetHashAndReset());
    }

    /// <summary>A named value, length-prefixed so that no two sequences of values hash alike.</summary>
    private static void Add(IncrementalHash hash, string name, string value)
    {
        var bytes = Encoding.UTF8.GetBytes($"{name.Length}:{name}={value.Length}:{value}\n");
        hash.AppendData(bytes);
    }

    private static void AddFile(IncrementalHash hash, string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"bytes {bytes.Length}\n")));
            hash.AppendData(bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The build reports the file; a key that holds the failure never matches a good build's.
            hash.AppendData(Encoding.UTF8.GetBytes("unreadable " + Guid.NewGuid().ToString("N") + "\n"));
        }
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}

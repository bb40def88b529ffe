using Site.Testing;

namespace Site.Build.Tests.Faults;

/// <summary>Every file of a folder and a hash of its bytes (<see cref="FolderSnapshot"/>), compared as a whole.</summary>
public sealed class Snapshot
{
    private readonly IReadOnlyDictionary<string, string> files;

    private Snapshot(IReadOnlyDictionary<string, string> files) => this.files = files;

    public int Count => files.Count;

    public static Snapshot Of(string folder) => new(FolderSnapshot.Take(folder));

    public bool SameAs(Snapshot other) =>
        files.Count == other.files.Count && files.All(f => other.files.TryGetValue(f.Key, out var hash) && hash == f.Value);

    /// <summary>How this folder differs from <paramref name="expected"/>, in a line or two (for a failure message).</summary>
    public string DifferenceFrom(Snapshot expected)
    {
        var missing = expected.files.Keys.Where(k => !files.ContainsKey(k)).ToList();
        var extra = files.Keys.Where(k => !expected.files.ContainsKey(k)).ToList();
        var differ = files.Keys.Where(k => expected.files.TryGetValue(k, out var hash) && hash != files[k]).ToList();
        if (missing.Count + extra.Count + differ.Count == 0)
        {
            return "the same files";
        }

        static string Some(List<string> list) => list.Count == 0 ? "0" : $"{list.Count} (such as {string.Join(", ", list.Take(3))})";
        return $"{Count} files against {expected.Count}: missing {Some(missing)}; extra {Some(extra)}; different bytes {Some(differ)}";
    }
}

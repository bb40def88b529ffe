using System.Collections.Concurrent;

namespace Site.Validation.Links;

/// <summary>
/// One copy of each equal string for a whole check: the theme writes the same addresses and ids on every page
/// (<c>/assets/…</c>, <c>/tags/…</c>, <c>main</c>), and each page's scan is kept until the check ends, so at 10,000
/// stories a million references would otherwise each hold their own copy. Thread-safe.
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);

    /// <summary>The pool's copy of <paramref name="value"/> (the first one it was given).</summary>
    public string Share(string value) => strings.GetOrAdd(value, value);
}

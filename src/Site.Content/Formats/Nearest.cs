namespace Site.Content.Formats;

/// <summary>
/// "Did you mean...": the candidate closest to what was written (by edit distance, ties in ordinal order), when it is
/// close enough to be a typo. Used for front matter keys, command names and options, and story names.
/// </summary>
public static class Nearest
{
    /// <summary>The closest candidate within <c>max(2, length / divisor)</c> edits of <paramref name="written"/>, or null.</summary>
    public static string? To(string written, IEnumerable<string> candidates, int divisor = 3) =>
        candidates
            .Select(c => (Candidate: c, Distance: Distance(written, c)))
            .Where(c => c.Distance <= Math.Max(2, written.Length / divisor))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions needed to turn one into the other.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

namespace Site.Testing;

/// <summary>
/// Compares a folder of generated files with a folder of expected files: same file names, same bytes.
/// With the environment variable <c>SITE_UPDATE_GOLDEN=1</c> the expected folder is rewritten from the actual
/// one instead (then review the diff in git before committing it).
/// </summary>
public static class GoldenFiles
{
    public const string UpdateVariable = "SITE_UPDATE_GOLDEN";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Returns a list of differences, empty when the folders match (or after updating).</summary>
    /// <param name="actualFolder">The generated files.</param>
    /// <param name="expectedFolder">The golden copy.</param>
    /// <param name="include">Which relative paths take part (all when null).</param>
    public static IReadOnlyList<string> Compare(string actualFolder, string expectedFolder, Func<string, bool>? include = null)
    {
        include ??= _ => true;
        if (Updating)
        {
            if (Directory.Exists(expectedFolder))
            {
                Directory.Delete(expectedFolder, recursive: true);
            }

            foreach (var file in Directory.EnumerateFiles(actualFolder, "*", SearchOption.AllDirectories).Where(f => include(Path.GetRelativePath(actualFolder, f).Replace('\\', '/'))))
            {
                var target = Path.Combine(expectedFolder, Path.GetRelativePath(actualFolder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            return [];
        }

        var actual = new SortedSet<string>(List(actualFolder).Where(include), StringComparer.Ordinal);
        var expected = List(expectedFolder);
        var differences = new List<string>();
        differences.AddRange(expected.Except(actual).Select(f => $"missing: {f}"));
        differences.AddRange(actual.Except(expected).Select(f => $"unexpected: {f} (run with {UpdateVariable}=1 to accept)"));
        foreach (var file in actual.Intersect(expected))
        {
            var actualBytes = File.ReadAllBytes(Path.Combine(actualFolder, file));
            var expectedBytes = File.ReadAllBytes(Path.Combine(expectedFolder, file));
            if (!actualBytes.AsSpan().SequenceEqual(expectedBytes))
            {
                differences.Add($"differs: {file} ({FirstDifference(actualBytes, expectedBytes)}; run with {UpdateVariable}=1 to accept)");
            }
        }

        return differences;
    }

    private static SortedSet<string> List(string folder) =>
        Directory.Exists(folder)
            ? new SortedSet<string>(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')), StringComparer.Ordinal)
            : new SortedSet<string>(StringComparer.Ordinal);

    private static string FirstDifference(byte[] actual, byte[] expected)
    {
        var length = Math.Min(actual.Length, expected.Length);
        var index = 0;
        while (index < length && actual[index] == expected[index])
        {
            index++;
        }

        var line = 1 + actual.AsSpan(0, index).Count((byte)'\n');
        return $"first difference at line {line}";
    }
}

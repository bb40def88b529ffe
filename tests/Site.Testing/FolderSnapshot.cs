using System.Security.Cryptography;

namespace Site.Testing;

/// <summary>Every file of a folder (relative path with '/' to a SHA-256 of its bytes), for "nothing changed" checks.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Take(string folder) =>
        !Directory.Exists(folder)
            ? new Dictionary<string, string>()
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .ToDictionary(
                    f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
                    f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))),
                    StringComparer.Ordinal);
}

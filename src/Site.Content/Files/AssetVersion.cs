using System.Security.Cryptography;
using System.Text;
using Site.Engine.Files;

namespace Site.Content.Files;

/// <summary>
/// A short fingerprint of every file of the theme's assets (names and bytes). The assets are published under
/// <c>/assets/v-&lt;fingerprint&gt;/</c>, so a browser may keep them for a year: any change to any asset changes
/// every asset URL.
/// </summary>
public static class AssetVersion
{
    public static string Of(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in SourceTree.Files(folder))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.RelativePath + "\0"));
            hash.AppendData(File.ReadAllBytes(file.FullPath));
        }

        return "v-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Site.Content.Compliance;
using Site.Content.Takedown;
using Site.Engine.Diagnostics;

namespace Site.Build.Cache;

/// <summary>
/// What the build cache keeps of the last successful build (<c>manifest.json</c>): the key's four parts, the instant
/// until which the same inputs give the same site (the next start or end of an event), every file of the output
/// (path, size, modification time) and the build's result, as <c>site build</c> prints it and <c>--report</c> writes
/// it. On disk, one header line (<c>site-build-cache VERSION sha256:HASH</c>, the hash of the rest) then the JSON, so
/// that a truncated, edited or damaged file is told from a good one before it is believed.
/// </summary>
internal sealed record CachedBuild(
    int Version,
    BuildCacheKey Key,
    DateTimeOffset? ValidUntil,
    IReadOnlyList<CachedFile> Output,
    CachedResult Result)
{
    private const string Magic = "site-build-cache";

    private static readonly JsonSerializerOptions Json = new()
    {
        IncludeFields = true,
        Converters = { new LocationConverter(), new JsonStringEnumConverter() },
    };

    /// <summary>The file's bytes: the header line, then the JSON.</summary>
    public byte[] ToBytes()
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(this, Json);
        var header = Encoding.UTF8.GetBytes($"{Magic} {Version} sha256:{Convert.ToHexStringLower(SHA256.HashData(body))}\n");
        return [.. header, .. body];
    }

    /// <summary>Reads a manifest; null with the reason (in words) when it is not one this program can trust.</summary>
    public static CachedBuild? Parse(byte[] bytes, out string? problem)
    {
        var newline = Array.IndexOf(bytes, (byte)'\n');
        var header = newline < 0 ? string.Empty : Encoding.UTF8.GetString(bytes, 0, newline);
        var parts = header.Split(' ');
        if (parts is not [Magic, var version, var checksum] || !checksum.StartsWith("sha256:", StringComparison.Ordinal))
        {
            problem = "it does not start with the cache's header line (damaged or not a build cache)";
            return null;
        }

        if (version != BuildCacheKey.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            problem = $"it was written in version {version} of the cache's format, and this program uses version {BuildCacheKey.FormatVersion}";
            return null;
        }

        var body = bytes.AsSpan(newline + 1);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(body)), checksum["sha256:".Length..], StringComparison.Ordinal))
        {
            problem = "its checksum does not match its contents (truncated or damaged)";
            return null;
        }

        try
        {
            var cached = JsonSerializer.Deserialize<CachedBuild>(body, Json);
            if (cached is null || cached.Version != BuildCacheKey.FormatVersion || cached.Key is null || cached.Output is null || cached.Result is null)
            {
                problem = "its contents are incomplete";
                return null;
            }

            problem = null;
            return cached;
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            problem = $"its contents cannot be read ({exception.Message})";
            return null;
        }
    }

    /// <summary>A <see cref="SourceLocation"/> as its four numbers and path (it has no parameterless constructor to fill).</summary>
    private sealed class LocationConverter : JsonConverter<SourceLocation>
    {
        public override SourceLocation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var (path, line, column, end) = JsonSerializer.Deserialize<(string, int, int, int)>(ref reader, options);
            return new SourceLocation(path, line, column, end);
        }

        public override void Write(Utf8JsonWriter writer, SourceLocation value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, (value.Path, value.Line, value.Column, value.EndColumn), options);
    }
}

/// <summary>One file of the output as the cached build left it.</summary>
internal sealed record CachedFile(string Path, long Size, long WriteTimeTicks);

/// <summary>A build's result as <c>site build</c> prints it and <c>--report</c> writes it (everything but the time taken).</summary>
internal sealed record CachedResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> Written,
    IReadOnlyList<ExcludedContent> Excluded,
    DateOnly Today,
    IReadOnlyList<StoryStatus> Stories,
    IReadOnlyList<Withdrawal> Withdrawals,
    IReadOnlyList<RemovedReference> RemovedReferences,
    int PhotosEncoded,
    int PhotosFromCache,
    int SharesDrawn,
    int SharesFromCache,
    SearchIndexer.Outcome? SearchIndex)
{
    public static CachedResult From(BuildResult result) => new(
        result.Diagnostics,
        result.Written,
        result.Excluded,
        result.Today,
        result.Stories,
        result.Withdrawals,
        result.RemovedReferences,
        result.Photos.Encoded,
        result.Photos.FromCache,
        result.ShareImages.Drawn,
        result.ShareImages.FromCache,
        result.SearchIndex);

    public BuildResult ToResult(TimeSpan elapsed) => new(Diagnostics, Written, Excluded, Today, elapsed)
    {
        Stories = Stories,
        Withdrawals = Withdrawals,
        RemovedReferences = RemovedReferences,
        Photos = (PhotosEncoded, PhotosFromCache),
        ShareImages = (SharesDrawn, SharesFromCache),
        SearchIndex = SearchIndex,
    };
}

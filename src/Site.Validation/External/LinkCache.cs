using System.Globalization;
using System.Text.Json;

namespace Site.Validation.External;

/// <summary>
/// Remembers when each external URL was last found good, in a small JSON file, so that a URL checked in the last
/// days is not asked again. Only good results are kept: a broken link is always checked again.
/// </summary>
public sealed class LinkCache
{
    private readonly Dictionary<string, DateTimeOffset> checkedGood;

    private LinkCache(Dictionary<string, DateTimeOffset> checkedGood) => this.checkedGood = checkedGood;

    public static LinkCache Load(string? path)
    {
        var entries = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (path is null || !File.Exists(path))
        {
            return new LinkCache(entries);
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var entry in json.RootElement.GetProperty("good").EnumerateObject())
            {
                if (DateTimeOffset.TryParse(entry.Value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var when))
                {
                    entries[entry.Name] = when;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            // A damaged cache only costs a few requests: start afresh.
        }

        return new LinkCache(entries);
    }

    public bool IsFresh(string url, DateTimeOffset now, TimeSpan maxAge) =>
        checkedGood.TryGetValue(url, out var when) && now - when < maxAge && when <= now;

    public void MarkGood(string url, DateTimeOffset now) => checkedGood[url] = now;

    public void Save(string? path, DateTimeOffset now, TimeSpan maxAge)
    {
        if (path is null)
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartObject("good");
        foreach (var (url, when) in checkedGood.Where(e => now - e.Value < maxAge).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            json.WriteString(url, when.ToString("o", CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}

using Site.Engine.Diagnostics;

namespace Site.Content.FrontMatter;

/// <summary>
/// Where each front matter field was written: dotted paths such as <c>consent.expires</c> or
/// <c>service_lines[1]</c> to the position of the value. Unknown paths fall back to the start of the file.
/// </summary>
public sealed class FieldLocations(SourceLocation root, IReadOnlyDictionary<string, SourceLocation> fields)
{
    public SourceLocation Root { get; } = root;

    public SourceLocation this[string field] => fields.TryGetValue(field, out var location) ? location : Root;

    public bool Contains(string field) => fields.ContainsKey(field);
}

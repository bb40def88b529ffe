using System.Globalization;
using System.Reflection;
using Site.Content.Formats;
using Site.Engine.Diagnostics;
using Site.Engine.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.FrontMatter;

/// <summary>
/// Binds a YAML mapping to an immutable record with a strict schema: an unknown key, a value of the wrong
/// type and a missing required field are each an error at the line and column where the editor wrote it
/// (or where the field belongs). All errors of a mapping are reported, not only the first. Thread-safe.
/// </summary>
public static class StrictBinder
{
    public static Bound<T>? Bind<T>(YamlMappingNode mapping, string path, int firstLine, DiagnosticBag diagnostics)
        where T : class
    {
        var session = new Session(path, firstLine, diagnostics, typeof(T));
        var root = new SourceLocation(path);
        var value = session.BindRecord(typeof(T), mapping, prefix: string.Empty, owner: root);
        return value is T typed && !session.Failed
            ? new Bound<T>(typed, new FieldLocations(root, session.Locations))
            : null;
    }

    /// <summary>Describes what a field of this type accepts, for error messages and docs.</summary>
    public static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "text";
        }

        if (type == typeof(DateOnly))
        {
            return "a date in the form YYYY-MM-DD";
        }

        if (type == typeof(DateTime))
        {
            return "a date and time in the form YYYY-MM-DD HH:MM";
        }

        if (type.GetCustomAttribute<ScalarValueAttribute>() is { } scalar)
        {
            return scalar.Description;
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(int))
        {
            return "a whole number";
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", EnumNames(type));
        }

        if (RecordShape.IsList(type, out var element))
        {
            return IsRecord(element)
                ? "a list of groups of indented 'key: value' lines, each starting with '- '"
                : $"a list of {Plural(Describe(element))}, such as [a, b]";
        }

        return "a group of indented 'key: value' lines";
    }

    private static bool IsRecord(Type type) =>
        type.IsClass && type != typeof(string) && type.GetMethod("<Clone>$") is not null && type.GetCustomAttribute<ScalarValueAttribute>() is null;

    private static IEnumerable<string> EnumNames(Type type) =>
        Enum.GetNames(type).Select(n => RecordShape.ToSnakeCase(n).Replace('_', '-'));

    private static string Plural(string description) => description switch
    {
        "text" => "texts",
        _ when description.StartsWith("a ", StringComparison.Ordinal) => description[2..],
        _ => description,
    };

    private sealed class Session(string path, int firstLine, DiagnosticBag diagnostics, Type root)
    {
        /// <summary>The kind of content file being bound, or null for site.yml and alerts (which the foreign keys do not concern).</summary>
        private readonly ContentFileAttribute? kind = root.GetCustomAttribute<ContentFileAttribute>();

        public Dictionary<string, SourceLocation> Locations { get; } = new(StringComparer.Ordinal);

        public bool Failed { get; private set; }

        public object? BindRecord(Type type, YamlMappingNode mapping, string prefix, SourceLocation owner)
        {
            var shape = RecordShape.Of(type);
            var given = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
            var index = -1;
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                index++;
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                var at = Locate(keyNode.Start);
                if (!shape.ByKey.TryGetValue(key, out var known))
                {
                    Error(DiagnosticCodes.UnknownKey, at, UnknownKeyMessage(key, valueNode, prefix, shape, mapping, index));
                    continue;
                }

                // An older key (AliasAttribute) binds as the field's own; the two together say one thing twice.
                if (given.ContainsKey(known.Key))
                {
                    Error(DiagnosticCodes.DuplicateKey, at, $"'{prefix + known.Key}' is given twice, once by its older name; keep only '{prefix + known.Key}'");
                    continue;
                }

                given[known.Key] = (keyNode, valueNode);
                Locations[prefix + known.Key] = Locate(valueNode.Start);
            }

            var arguments = new object?[shape.Fields.Count];
            for (var i = 0; i < shape.Fields.Count; i++)
            {
                var field = shape.Fields[i];
                var name = prefix + field.Key;
                if (given.TryGetValue(field.Key, out var entry) && !IsNull(entry.Value))
                {
                    arguments[i] = BindValue(field.Type, entry.Value, name, Locate(entry.Key.Start));
                    if (field.NonEmpty && arguments[i] is System.Collections.ICollection { Count: 0 })
                    {
                        Error(DiagnosticCodes.MissingField, Locate(entry.Value.Start), $"'{name}' needs at least one item; write it as {name}: [first, second]");
                    }
                    else if (field.Required && arguments[i] is string text && string.IsNullOrWhiteSpace(text))
                    {
                        Error(DiagnosticCodes.MissingField, Locate(entry.Value.Start), field.EmptyHint is { } hint ? $"'{name}' {hint}" : $"required field '{name}' is empty; write the text between the quotes (quotes with nothing or only spaces between them are not enough)");
                    }
                }
                else if (field.Required)
                {
                    var where = given.TryGetValue(field.Key, out var empty) ? Locate(empty.Key.Start) : owner;
                    var verb = given.ContainsKey(field.Key) ? "is empty" : "is missing";
                    var takes = field.EmptyHint is { } need ? $"it {need}" : $"it takes {Describe(field.Type)}";
                    Error(DiagnosticCodes.MissingField, where, $"required field '{name}' {verb}; {takes}");
                }
                else
                {
                    arguments[i] = DefaultFor(field);
                }
            }

            return Failed ? null : shape.Constructor.Invoke(arguments);
        }

        private object? BindValue(Type type, YamlNode node, string name, SourceLocation keyLocation)
        {
            var at = Locate(node.Start);
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (RecordShape.IsList(type, out var element))
            {
                if (node is not YamlSequenceNode sequence)
                {
                    return WrongType(at, name, type, node);
                }

                var items = Array.CreateInstance(element, sequence.Children.Count);
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var itemName = $"{name}[{i}]";
                    // A field missing from an item is reported at the item, not at the list's key.
                    var itemAt = Locations[itemName] = Locate(sequence.Children[i].Start);
                    items.SetValue(BindValue(element, sequence.Children[i], itemName, itemAt), i);
                }

                return items;
            }

            if (IsRecord(type))
            {
                // A record with a shorthand may be one line of text: the value of that one field.
                if (node is YamlScalarNode && type.GetCustomAttribute<ShorthandAttribute>() is { } shorthand)
                {
                    return BindRecord(type, new YamlMappingNode(new YamlScalarNode(shorthand.Key), node), name + ".", keyLocation);
                }

                return node is YamlMappingNode child
                    ? BindRecord(type, child, name + ".", keyLocation)
                    : WrongType(at, name, type, node);
            }

            if (node is not YamlScalarNode { Value: { } text } scalar)
            {
                return WrongType(at, name, type, node);
            }

            if (type == typeof(string))
            {
                // A YAML escape such as "\0" or "\a" writes a control character the file itself does not show.
                var control = text.FirstOrDefault(SourceReader.IsControl, '\uFFFF');
                if (control != '\uFFFF')
                {
                    Error(DiagnosticCodes.ControlCharacter, at, $"'{name}' holds an invisible control character (U+{(int)control:X4}), written as an escape such as \\0 or \\a; remove it, since a page cannot show it");
                    return null;
                }

                return text;
            }

            var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
            if (type == typeof(bool) && !quoted && text is "true" or "false")
            {
                return text == "true";
            }

            if (type == typeof(int) && !quoted && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            if (type == typeof(DateOnly) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            if (type == typeof(DateTime) && DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time;
            }

            if (type.GetCustomAttribute<ScalarValueAttribute>() is not null)
            {
                var parse = type.GetMethod(nameof(IParsable<int>.TryParse), BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]);
                object?[] call = [text, CultureInfo.InvariantCulture, null];
                if (parse?.Invoke(null, call) is true)
                {
                    return call[2];
                }
            }

            if (type.IsEnum)
            {
                var match = Enum.GetNames(type).FirstOrDefault(n => string.Equals(RecordShape.ToSnakeCase(n).Replace('_', '-'), text.Replace('_', '-'), StringComparison.Ordinal));
                if (match is not null)
                {
                    return Enum.Parse(type, match);
                }
            }

            return WrongType(at, name, type, node);
        }

        private object? WrongType(SourceLocation at, string name, Type type, YamlNode node)
        {
            var found = node switch
            {
                YamlScalarNode scalar => $"'{Unseen.Visible(Shorten(scalar.Value ?? string.Empty))}'",
                YamlSequenceNode => "a list",
                _ => "a group of fields",
            };
            var fix = ShapeFix(name, type, node);
            var joined = fix is null ? string.Empty : (fix.StartsWith("write ", StringComparison.Ordinal) ? ": " : "; ") + fix;
            Error(DiagnosticCodes.WrongType, at, $"'{name}' must be {Describe(type)}; found {found}{joined}");
            return null;
        }

        /// <summary>How to write a value of the shape the field takes, from what was written, or null when there is nothing to add.</summary>
        private static string? ShapeFix(string name, Type type, YamlNode node)
        {
            var key = name[(name.LastIndexOf('.') + 1)..];
            var bracket = key.IndexOf('[', StringComparison.Ordinal);
            key = bracket >= 0 ? key[..bracket] : key;
            var text = (node as YamlScalarNode)?.Value;
            if (IsRecord(type))
            {
                return node is YamlSequenceNode
                    ? $"it is one group, not a list: remove the '- ' and indent its fields by two spaces under '{key}:'"
                    : $"write the line '{key}:' and under it, indented by two spaces, {FieldLines(type, text)}";
            }

            if (RecordShape.IsList(type, out var element))
            {
                if (IsRecord(element))
                {
                    return node is YamlMappingNode
                        ? $"start each item with '- ' under '{key}:', such as '  - {RecordShape.Of(element).Fields[0].Key}: ...' with its other fields indented below it"
                        : $"write the line '{key}:' and under it each item, starting with '- ', such as '  - {RecordShape.Of(element).Fields[0].Key}: {(string.IsNullOrEmpty(text) ? "..." : Shorten(text))}'";
                }

                if (text is { Length: > 0 })
                {
                    var items = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    return $"write {key}: [{Shorten(string.Join(", ", items))}]";
                }

                return node is YamlMappingNode ? $"it is a list, not a group of fields: write {key}: [first, second]" : null;
            }

            switch (node)
            {
                case YamlSequenceNode sequence:
                    return sequence.Children.Count == 1 && sequence.Children[0] is YamlScalarNode { Value: { Length: > 0 } one }
                        ? $"it takes one value, not a list: write it on the same line, without brackets or '- ', such as {key}: {Shorten(one)}"
                        : $"it takes one value, not a list: write it on the same line after '{key}:', without brackets or '- '";
                case YamlMappingNode:
                    return $"it takes one value, not a group of fields: write it on the same line, such as {key}: ...";
            }

            if (text is null)
            {
                return null;
            }

            if (Unseen.InValue(text) is { } unseen)
            {
                return unseen;
            }

            if (type == typeof(bool) && text.ToLowerInvariant() is "yes" or "no" or "on" or "off" or "y" or "n" or "true" or "false")
            {
                return $"write {key}: {(text.ToLowerInvariant() is "yes" or "on" or "y" or "true" ? "true" : "false")} (in small letters, without quotes)";
            }

            if (type == typeof(DateOnly) && text.Split('/', '.') is [{ Length: 1 or 2 } a, { Length: 1 or 2 } b, { Length: 4 } year]
                && int.TryParse(a, CultureInfo.InvariantCulture, out var m1) && int.TryParse(b, CultureInfo.InvariantCulture, out var m2))
            {
                var asMonthFirst = m1 <= 12 && m2 <= 31 ? $"{key}: {year}-{m1:00}-{m2:00} if the month comes first" : null;
                var asDayFirst = m2 <= 12 && m1 <= 31 ? $"{key}: {year}-{m2:00}-{m1:00} if the day comes first" : null;
                return "write the year, the month and the day: " + string.Join(", or ", new[] { asMonthFirst, asDayFirst }.Where(w => w is not null));
            }

            if (type == typeof(DateOnly) && text.Length > 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && text[10] is 'T' or ' ')
            {
                return $"write only the day: {key}: {text[..10]}";
            }

            return null;
        }

        /// <summary>The required fields of a group as the lines to write ('src: x' and 'alt: ...'), the text written in the first one that is text.</summary>
        private static string FieldLines(Type type, string? text)
        {
            var shape = RecordShape.Of(type);
            var fields = shape.Fields.Where(f => f.Required).ToList();
            if (fields.Count == 0)
            {
                fields = shape.Fields.Take(2).ToList();
            }

            var placed = false;
            var lines = fields.Select(f =>
            {
                string value;
                if (!placed && f.Type == typeof(string) && !string.IsNullOrEmpty(text))
                {
                    placed = true;
                    value = Shorten(text);
                }
                else
                {
                    value = f.EmptyHint is { } hint ? $"<{(hint.StartsWith("must ", StringComparison.Ordinal) ? hint[5..] : hint)}>" : $"<{Describe(f.Type)}>";
                }

                return $"'{f.Key}: {value}'";
            }).ToList();
            return lines.Count == 1 ? lines[0] : string.Join(", ", lines[..^1]) + " and " + lines[^1];
        }

        private static object? DefaultFor(FieldInfo field) =>
            RecordShape.IsList(field.Type, out var element) ? Array.CreateInstance(element, 0) : field.Default;

        private static bool IsNull(YamlNode node) =>
            node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

        private static string Shorten(string value) => value.Length > 40 ? value[..37] + "..." : value;

        private SourceLocation Locate(Mark mark) => YamlLoader.Locate(path, firstLine, mark);

        private void Error(string code, SourceLocation at, string message)
        {
            Failed = true;
            diagnostics.Report(Diagnostic.Error(code, at, message));
        }

        private string UnknownKeyMessage(string key, YamlNode value, string prefix, RecordShape shape, YamlMappingNode mapping, int index)
        {
            var where = prefix.Length == 0 ? "the front matter" : $"'{prefix.TrimEnd('.')}'";
            var head = $"unknown key '{Unseen.Visible(key)}' in {where}";
            var allowed = $" (allowed keys: {string.Join(", ", shape.Fields.Select(f => f.Key))})";

            // A space pasted from a word processor, which YAML reads as a letter of the key.
            var odd = key.FirstOrDefault(c => Unseen.SpaceName(c) is not null, '\0');
            if (odd != '\0')
            {
                var clean = new string([.. key.Where(c => Unseen.SpaceName(c) is null)]).Trim();
                var meant = shape.ByKey.ContainsKey(clean) ? $"'{clean}'" : "the key";
                var indent = Unseen.SpaceName(key[0]) is not null ? ", so the line is not indented as it looks" : string.Empty;
                return $"{head}: the key holds {Unseen.SpaceName(odd)}, often pasted from a word processor, which YAML reads as a letter{indent}: delete it (indent with ordinary spaces) so that it reads {meant}";
            }

            var normalized = ForeignKeys.Normalize(key);
            if (shape.Fields.FirstOrDefault(f => ForeignKeys.Normalize(f.Key) == normalized) is { } same)
            {
                return $"{head}; did you mean '{same.Key}'? Keys are written in lower case, with '_' between words";
            }

            var group = GroupOf(key, prefix, shape, mapping, index);
            if (group is { Close: true })
            {
                return $"{head}; {group.Value.Message}";
            }

            if (kind is not null && ForeignKeys.Find(key, shape.ByKey, prefix.Length == 0) is { } entry)
            {
                return $"{head} {ForeignKeys.Advise(entry, key, value, shape.ByKey, kind.Noun, kind.UrlPrefix)}";
            }

            if (group is { } far)
            {
                return $"{head}; {far.Message}";
            }

            var suggestion = Nearest.To(key, shape.Fields.Select(f => f.Key));
            var hint = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
            return $"{head}{hint}{allowed}";
        }

        /// <summary>
        /// A group of this mapping (or a list of groups) that has the key as a field: the editor did not indent it under
        /// that group. Close when the group is written empty, or just above the key.
        /// </summary>
        private (bool Close, string Message)? GroupOf(string key, string prefix, RecordShape shape, YamlMappingNode mapping, int index)
        {
            var candidates = shape.Fields
                .Select(f => (Field: f, Element: Nullable.GetUnderlyingType(f.Type) ?? f.Type))
                .Select(c => (c.Field, List: RecordShape.IsList(c.Element, out _), Record: RecordShape.IsList(c.Element, out var element) ? element : c.Element))
                .Where(c => IsRecord(c.Record) && RecordShape.Of(c.Record).ByKey.ContainsKey(key))
                .ToList();
            if (candidates.Count == 0)
            {
                return null;
            }

            var children = mapping.Children.ToList();
            int Written(FieldInfo field) => children.FindIndex(c => c.Key is YamlScalarNode { Value: { } k } && shape.ByKey.TryGetValue(k, out var f) && f == field);
            var chosen = candidates
                .Select(c => (c.Field, c.List, At: Written(c.Field)))
                .OrderBy(c => c.At >= 0 && IsNull(children[c.At].Value) ? 0 : c.At >= 0 && c.At == index - 1 ? 1 : 2)
                .First();
            var name = prefix + chosen.Field.Key;
            var under = chosen.List ? $"as an item of '{chosen.Field.Key}:', such as '  - {key}: ...'" : $"under '{chosen.Field.Key}:'";
            if (chosen.At < 0)
            {
                return (false, $"'{key}' is a field of '{name}': write the line '{chosen.Field.Key}:' and indent '{key}:' by two spaces {under}");
            }

            var line = Locate(children[chosen.At].Key.Start).Line;
            return IsNull(children[chosen.At].Value)
                ? (true, $"'{key}' belongs to '{name}' (line {line}), which has nothing under it: indent '{key}:' by two spaces {under}")
                : (chosen.At == index - 1, $"'{key}' is a field of '{name}' (line {line}): indent it by two spaces {under}, as its other fields");
        }
    }
}

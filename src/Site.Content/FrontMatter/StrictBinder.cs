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
        var session = new Session(path, firstLine, diagnostics);
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

    private sealed class Session(string path, int firstLine, DiagnosticBag diagnostics)
    {
        public Dictionary<string, SourceLocation> Locations { get; } = new(StringComparer.Ordinal);

        public bool Failed { get; private set; }

        public object? BindRecord(Type type, YamlMappingNode mapping, string prefix, SourceLocation owner)
        {
            var shape = RecordShape.Of(type);
            var given = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                var at = Locate(keyNode.Start);
                if (!shape.ByKey.TryGetValue(key, out var known))
                {
                    Error(DiagnosticCodes.UnknownKey, at, UnknownKeyMessage(key, prefix, shape));
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
                YamlScalarNode scalar => $"'{Shorten(scalar.Value ?? string.Empty)}'",
                YamlSequenceNode => "a list",
                _ => "a group of fields",
            };
            Error(DiagnosticCodes.WrongType, at, $"'{name}' must be {Describe(type)}; found {found}");
            return null;
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

        private static string UnknownKeyMessage(string key, string prefix, RecordShape shape)
        {
            var where = prefix.Length == 0 ? "the front matter" : $"'{prefix.TrimEnd('.')}'";
            var suggestion = Nearest.To(key, shape.Fields.Select(f => f.Key));
            var hint = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
            var allowed = string.Join(", ", shape.Fields.Select(f => f.Key));
            return $"unknown key '{key}' in {where}{hint} (allowed keys: {allowed})";
        }
    }
}

using Site.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Site.Content.FrontMatter;

/// <summary>
/// The one seam to YamlDotNet's parser: loads a YAML mapping and turns every syntax error into a diagnostic at
/// the line and column of the source file (YAML positions shifted by the line the YAML starts on).
/// </summary>
public static partial class YamlLoader
{
    public static YamlMappingNode? LoadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        // YAML also breaks lines at a lone CR, NEL, LS and PS; the file's lines are counted at LF only, so these are
        // read as spaces, and every position the parser gives is a position in the file (found by fuzzing).
        if (yaml.AsSpan().IndexOfAny("\r\u0085\u2028\u2029") >= 0)
        {
            yaml = LineBreaksAsSpaces(yaml);
        }

        if (AliasInsideItsAnchor(yaml) is var (name, at))
        {
            // YamlDotNet's model recurses without end into such a node used as a key, and a stack overflow cannot be
            // caught (found by fuzzing: "&x [a, *x]: 1").
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.YamlSyntax, Locate(path, firstLine, at), $"the alias '*{name}' is inside the value '&{name}' it names, which makes a loop; write the value out instead"));
            return null;
        }

        var parser = new TrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingField, new SourceLocation(path, Math.Max(1, firstLine - 1)), "the front matter is empty; add the required fields, such as 'title: ...'"));
                return null;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                var node = stream.Documents[0].RootNode;
                var toml = node is YamlScalarNode && TomlLine().IsMatch(yaml);
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.YamlSyntax, Locate(path, firstLine, node.Start), toml
                    ? "these lines are written 'key = value', as TOML (Hugo's front matter between '+++' lines) writes them; YAML writes 'key: value': change each ' = ' after a key to ': '"
                    : "the front matter must be a list of 'key: value' lines"));
                return null;
            }

            // A tag makes the whole front matter suspect: nothing of it is bound (so no value comes with an error).
            return ReportTags(mapping, path, firstLine, diagnostics) ? null : mapping;
        }
        catch (YamlException exception)
        {
            var mark = exception.Start.Line > 0 ? exception.Start : parser.LastStart;
            var duplicate = DuplicateKey(exception);
            // YamlDotNet names a tab it meets in an indentation, but often at the start of the mapping, far from it.
            var tab = (exception.InnerException?.Message ?? exception.Message).Contains(" tab", StringComparison.Ordinal);
            if (duplicate is null && Unseen(yaml, mark, path, firstLine, diagnostics, tab))
            {
                return null;
            }

            diagnostics.Report(Diagnostic.Error(duplicate is null ? DiagnosticCodes.YamlSyntax : DiagnosticCodes.DuplicateKey, Locate(path, firstLine, mark), duplicate is null ? Describe(exception) : $"'{duplicate}' is written twice; keep one of them (each key may appear only once)"));
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these for some malformed flow collections, an alias used as a key and an escaped
            // surrogate without its pair (found by fuzzing);
            // the last event read is the best position known.
            if (Unseen(yaml, parser.LastStart, path, firstLine, diagnostics))
            {
                return null;
            }

            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.YamlSyntax, Locate(path, firstLine, parser.LastStart), "the YAML cannot be read near here; check for an unclosed '[', '{' or quote"));
            return null;
        }
    }

    /// <summary>
    /// A tag outside YAML's core schema (<c>!ruby/object:Foo</c>, <c>!!python/object</c>, <c>!custom</c>) asks a
    /// loader to build an object of some program's type; ours never does, so instead of silently ignoring it (and
    /// publishing what another tool would have read differently) it is an error at the tag.
    /// </summary>
    private static bool ReportTags(YamlNode root, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var found = false;
        // Each node once: aliases share nodes, and walking them as a tree takes exponential time ("billion laughs").
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            foreach (var child in node switch
            {
                YamlMappingNode mapping => mapping.Children.SelectMany(c => new[] { c.Key, c.Value }),
                YamlSequenceNode sequence => sequence.Children,
                _ => [],
            })
            {
                pending.Push(child);
            }

            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && !CoreTags.Contains(node.Tag.Value))
            {
                found = true;
                diagnostics.Report(Diagnostic.Error(
                    DiagnosticCodes.YamlTag,
                    Locate(path, firstLine, node.Start),
                    $"the YAML tag '{node.Tag.Value}' is not allowed; values here are plain text, numbers, dates, lists and groups, so remove the tag (put the value in double quotes if it must start with '!')"));
            }
        }

        return found;
    }

    private static readonly HashSet<string> CoreTags = new(StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map",
    };

    /// <summary>The first alias used inside the collection its anchor names, read from the parser's events alone.</summary>
    private static (string Name, Mark At)? AliasInsideItsAnchor(string yaml)
    {
        if (!yaml.Contains('*', StringComparison.Ordinal) || !yaml.Contains('&', StringComparison.Ordinal))
        {
            return null;
        }

        var open = new Stack<string?>();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart mapping:
                        open.Push(mapping.Anchor.IsEmpty ? null : mapping.Anchor.Value);
                        break;
                    case SequenceStart sequence:
                        open.Push(sequence.Anchor.IsEmpty ? null : sequence.Anchor.Value);
                        break;
                    case MappingEnd or SequenceEnd when open.Count > 0:
                        open.Pop();
                        break;
                    case AnchorAlias alias when open.Contains(alias.Value.Value):
                        return (alias.Value.Value, alias.Start);
                }
            }
        }
        catch (Exception exception) when (exception is YamlException or ArgumentException or InvalidOperationException)
        {
            // A syntax error; the real load reports it.
        }

        return null;
    }

    /// <summary>
    /// Where the YAML cannot be read, a tab or a pasted space in an indentation, or curly quotes used as quotes, near the
    /// line the parser stopped at (it often stops a line before or after), is named at its own line and column instead;
    /// when the parser's message is about a tab (<paramref name="tab"/>), a tab in an indentation anywhere is.
    /// </summary>
    private static bool Unseen(string yaml, Mark mark, string path, int firstLine, DiagnosticBag diagnostics, bool tab = false)
    {
        var stopped = Math.Max(1, (int)mark.Line);
        var finding = FrontMatter.Unseen.Scan(yaml, firstLine)
            .Where(f => f.Curly ? f.Line == stopped : (tab && f.Tab) || (f.Line >= stopped - 2 && f.Line <= stopped + 1))
            .OrderBy(f => Math.Abs(f.Line - stopped))
            .ThenBy(f => f.Line)
            .FirstOrDefault();
        if (finding is null)
        {
            return false;
        }

        diagnostics.Report(Diagnostic.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, firstLine + finding.Line - 1, finding.Column), finding.Message));
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[A-Za-z_][\w.-]*\s*=\s*\S", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex TomlLine();

    private static string LineBreaksAsSpaces(string yaml) =>
        string.Create(yaml.Length, yaml, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = source[i];
                span[i] = c is '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (i + 1 == source.Length || source[i + 1] != '\n')) ? ' ' : c;
            }
        });

    public static SourceLocation Locate(string path, int firstLine, Mark mark) =>
        new(path, Math.Max(1, firstLine + (int)mark.Line - 1), Math.Max(1, (int)mark.Column));

    private static string? DuplicateKey(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var at = message.IndexOf("Duplicate key ", StringComparison.Ordinal);
        return at < 0 ? null : message[(at + "Duplicate key ".Length)..].Trim().TrimEnd('.');
    }

    private static string Describe(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;

        // The parser's words, said the way an editor can act on them.
        return message switch
        {
            _ when message.Contains("found invalid mapping", StringComparison.Ordinal) || message.Contains("Mapping values are not allowed", StringComparison.Ordinal)
                => "this line has a ':' where the YAML cannot have one: either it is indented differently from the lines around it, or its value contains ': ' and must be put in double quotes, such as title: \"Back on Track: Maria's Story\"",
            _ when message.Contains("quoted scalar", StringComparison.Ordinal)
                => "a quoted value is not closed where it should be: end it on the same line with the quote it starts with, and write a quote inside it as \\\"",
            _ when message.Contains("cannot start any token", StringComparison.Ordinal)
                => "this line has a character a YAML value cannot start with (a tab, or '@' or '`'): indent with spaces, and put such a value in double quotes",
            _ when message.Contains("did not find expected key", StringComparison.Ordinal)
                => "this line is not a 'key: value' line at the indentation of the lines around it; check its indentation, and that quotes and brackets are closed",
            _ => $"the YAML is not valid: {message.TrimEnd('.')}; check indentation, colons and quotes",
        };
    }

    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastStart { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved && inner.Current is { } current)
            {
                LastStart = current.Start;
            }

            return moved;
        }
    }
}

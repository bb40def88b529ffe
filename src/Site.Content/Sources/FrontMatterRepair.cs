using System.Text;
using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Sources;

/// <summary>
/// After the front matter failed to bind, a copy of it that binds, so that the rest of the file (its rules, PHI,
/// Markdown, images and links) is still checked in the same build: an unknown or repeated key is taken out, and a
/// value of the wrong shape is replaced, where it was written, by a stand-in of the right one (a date, a yes/no, a
/// number, a text). The errors stay reported as they were; the file is never published. Null when an error is
/// not at a key or a value (a required field missing altogether) or no stand-in fits.
/// </summary>
internal static class FrontMatterRepair
{
    /// <summary>Stand-ins tried in turn for a value of the wrong shape: one of them fits each scalar field but an enumeration.</summary>
    private static readonly string[] StandIns = ["2000-01-01", "false", "0", "2000-01-01 00:00", "[]", "[x]"];

    private const int MaxRounds = 8;

    private const int MaxErrors = 50;

    public static ((IContentFrontMatter, FieldLocations) Bound, IReadOnlySet<int> Lines)? Repair(
        FrontMatterBlock block,
        YamlMappingNode mapping,
        string path,
        IReadOnlyList<Diagnostic> errors,
        Func<string, DiagnosticBag, (IContentFrontMatter, FieldLocations)?> bind)
    {
        if (errors.Count == 0)
        {
            return null;
        }

        var keys = new Dictionary<(int, int), (YamlNode Key, YamlNode Value)>();
        var values = new Dictionary<(int, int), YamlNode>();
        // A front matter with YAML aliases (one node in several places) is not repaired: an edit would change them all,
        // and a hostile file of aliases must not be bound again and again.
        if (!Index(mapping, path, block.YamlLine, keys, values, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance)) || errors.Count > MaxErrors)
        {
            return null;
        }

        var removals = new List<(YamlNode Key, YamlNode Value)>();
        var replaced = new Dictionary<(int, int), int>();
        foreach (var error in errors)
        {
            var at = (error.Location.Line, error.Location.Column);
            if (error.Code is DiagnosticCodes.UnknownKey or DiagnosticCodes.DuplicateKey && keys.TryGetValue(at, out var entry))
            {
                removals.Add(entry);
            }
            else if (error.Code is not (DiagnosticCodes.UnknownKey or DiagnosticCodes.DuplicateKey) && values.ContainsKey(at))
            {
                replaced[at] = 0;
            }
            else
            {
                return null;
            }
        }

        for (var round = 0; round < MaxRounds; round++)
        {
            var yaml = Edit(block.Yaml, removals, replaced.Select(r => (values[r.Key], StandIns[r.Value])));
            var bag = new DiagnosticBag();
            if (bind(yaml, bag) is { } bound)
            {
                var lines = replaced.Keys.Select(k => k.Item1).ToHashSet();
                return (bound, lines);
            }

            // A stand-in that did not fit is reported at its own place: the next one is tried there.
            var advanced = false;
            foreach (var failure in bag.ToList().Where(d => d.IsError))
            {
                var at = (failure.Location.Line, failure.Location.Column);
                if (replaced.TryGetValue(at, out var tried) && tried + 1 < StandIns.Length)
                {
                    replaced[at] = tried + 1;
                    advanced = true;
                }
            }

            if (!advanced)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Where each key and each value of the mapping (and of every mapping and list in it) starts.</summary>
    private static bool Index(YamlNode node, string path, int firstLine, Dictionary<(int, int), (YamlNode, YamlNode)> keys, Dictionary<(int, int), YamlNode> values, HashSet<YamlNode> seen)
    {
        if (!seen.Add(node))
        {
            return false;
        }

        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    keys.TryAdd(At(path, firstLine, key), (key, value));
                    values.TryAdd(At(path, firstLine, value), value);
                    if (!Index(value, path, firstLine, keys, values, seen))
                    {
                        return false;
                    }
                }

                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    values.TryAdd(At(path, firstLine, item), item);
                    if (!Index(item, path, firstLine, keys, values, seen))
                    {
                        return false;
                    }
                }

                break;
        }

        return true;
    }

    private static (int, int) At(string path, int firstLine, YamlNode node) =>
        YamlLoader.Locate(path, firstLine, node.Start) is var at ? (at.Line, at.Column) : default;

    /// <summary>
    /// The YAML with each removed entry blanked out and each replaced value written over, keeping every other
    /// character where it was (line breaks stay), so that lines and columns still point into the file.
    /// </summary>
    private static string Edit(string yaml, List<(YamlNode Key, YamlNode Value)> removals, IEnumerable<(YamlNode Node, string Text)> replacements)
    {
        var text = new StringBuilder(yaml);
        foreach (var (key, value) in removals)
        {
            Blank(text, (int)key.Start.Index, (int)Math.Max(key.End.Index, value.End.Index));
        }

        var inserts = new List<(int At, string Text)>();
        foreach (var (node, standIn) in replacements)
        {
            var start = (int)node.Start.Index;
            Blank(text, start, (int)node.End.Index);
            inserts.Add((start, standIn));
        }

        foreach (var (at, standIn) in inserts.OrderByDescending(i => i.At))
        {
            // Written over the blanks where it fits; a longer stand-in pushes the rest of its line along.
            var room = 0;
            while (room < standIn.Length && at + room < text.Length && text[at + room] == ' ')
            {
                room++;
            }

            text.Remove(at, room).Insert(at, standIn);
        }

        return text.ToString();
    }

    private static void Blank(StringBuilder text, int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
        {
            if (text[i] is not ('\n' or '\r'))
            {
                text[i] = ' ';
            }
        }
    }
}

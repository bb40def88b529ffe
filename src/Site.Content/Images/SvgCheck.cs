using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace Site.Content.Images;

/// <summary>
/// Reads an SVG file with the XML reader (no DTD, no external entities) and finds what would let it run code or load
/// something when it is opened on its own: a <c>script</c> or <c>foreignObject</c> element, an event-handler attribute
/// (<c>on...</c>), an animation that sets a link to outside, an <c>xml-stylesheet</c> instruction, and a reference to anything outside the file (an <c>href</c> that is not a <c>#fragment</c> or an
/// embedded raster <c>data:image/</c> picture, a CSS <c>url(...)</c> or <c>@import</c> that leaves the file). The file
/// is published as it is when nothing is found. Also reads the size it declares, for <c>width</c>/<c>height</c>.
/// </summary>
public static partial class SvgCheck
{
    public sealed record Problem(int Line, int Column, string Message);

    public sealed record Result(IReadOnlyList<Problem> Problems, int? Width, int? Height);

    public static Result Check(string text)
    {
        var problems = new List<Problem>();
        int? width = null, height = null;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            var info = (IXmlLineInfo)reader;
            var root = true;
            var inStyle = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    var name = reader.LocalName;
                    if (root)
                    {
                        root = false;
                        (width, height) = Size(reader);
                    }

                    if (name.ToLowerInvariant() is "script" or "foreignobject" or "handler")
                    {
                        problems.Add(new Problem(info.LineNumber, info.LinePosition, $"an SVG published on the site must not hold a <{name}> element (it could run code when the file is opened)"));
                    }

                    // An animation can set a link's address: what it sets is held to the rule for href.
                    if (name is "set" or "animate" && reader.GetAttribute("attributeName") is "href" or "xlink:href")
                    {
                        foreach (var value in new[] { "to", "from", "by", "values" }.Select(reader.GetAttribute).OfType<string>().SelectMany(v => v.Split(';')))
                        {
                            if (!IsLocal(value.Trim()))
                            {
                                problems.Add(new Problem(info.LineNumber, info.LinePosition, $"the SVG animates a link to '{Shorten(value.Trim())}'; an image must not change its links to outside the file"));
                            }
                        }
                    }

                    inStyle = name == "style" && !reader.IsEmptyElement;
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            Attribute(reader, info, problems);
                        }
                        while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }
                }
                else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && inStyle)
                {
                    Css(reader.Value, info, problems);
                }
                else if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name == "xml-stylesheet")
                {
                    problems.Add(new Problem(info.LineNumber, info.LinePosition, "the SVG loads a style sheet (<?xml-stylesheet?>) from outside the file; put the rules in a <style> element"));
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    inStyle = false;
                }
            }
        }
        catch (XmlException exception)
        {
            problems.Add(new Problem(Math.Max(1, exception.LineNumber), Math.Max(1, exception.LinePosition), $"the SVG is not well-formed XML ({exception.Message.Split(" Line ")[0].TrimEnd('.')}); export it again from the drawing program"));
        }

        return new Result(problems, width, height);
    }

    private static void Attribute(XmlReader reader, IXmlLineInfo info, List<Problem> problems)
    {
        var name = reader.LocalName;
        var value = reader.Value.Trim();
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && reader.Prefix.Length == 0)
        {
            problems.Add(new Problem(info.LineNumber, info.LinePosition, $"the SVG attribute '{reader.Name}' is an event handler, which could run code; remove it"));
        }
        else if (name == "href" && !IsLocal(value))
        {
            problems.Add(new Problem(info.LineNumber, info.LinePosition, $"the SVG refers to '{Shorten(value)}' outside the file; an image must hold everything it shows (embed the picture, or use a #fragment)"));
        }
        else if (name == "style")
        {
            Css(value, info, problems);
        }
        else if (value.Contains("url(", StringComparison.OrdinalIgnoreCase))
        {
            Css(value, info, problems);
        }
    }

    /// <summary>The problems of CSS that starts at <paramref name="info"/>'s position, each at its own line (a style sheet spans lines).</summary>
    private static void Css(string css, IXmlLineInfo info, List<Problem> problems)
    {
        (int, int) At(int index)
        {
            var before = css.AsSpan(0, index);
            var lines = before.Count('\n');
            return lines == 0 ? (info.LineNumber, info.LinePosition + index) : (info.LineNumber + lines, index - before.LastIndexOf('\n'));
        }

        for (var index = css.IndexOf("@import", StringComparison.OrdinalIgnoreCase); index >= 0; index = css.IndexOf("@import", index + 1, StringComparison.OrdinalIgnoreCase))
        {
            var (line, column) = At(index);
            problems.Add(new Problem(line, column, "the SVG's CSS uses @import, which loads a file from outside; put the rules in the file"));
        }

        foreach (Match match in CssUrl().Matches(css))
        {
            var target = match.Groups["url"].Value.Trim().Trim('"', '\'').Trim();
            if (!IsLocal(target))
            {
                var (line, column) = At(match.Index);
                problems.Add(new Problem(line, column, $"the SVG's CSS refers to '{Shorten(target)}' outside the file; use a #fragment of the same file"));
            }
        }
    }

    private static bool IsLocal(string reference) =>
        reference.Length == 0
        || reference.StartsWith('#')
        || Regex.IsMatch(reference, "^data:image/(png|jpeg|gif|webp);", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

    private static (int?, int?) Size(XmlReader svg)
    {
        var width = Pixels(svg.GetAttribute("width"));
        var height = Pixels(svg.GetAttribute("height"));
        if ((width is null || height is null) && svg.GetAttribute("viewBox") is { } viewBox)
        {
            var parts = viewBox.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 4
                && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
                && double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var h)
                && w > 0 && h > 0)
            {
                return ((int)Math.Round(w), (int)Math.Round(h));
            }
        }

        return (width, height);
    }

    private static int? Pixels(string? value)
    {
        var number = value?.Trim();
        if (number is null)
        {
            return null;
        }

        number = number.EndsWith("px", StringComparison.Ordinal) ? number[..^2] : number;
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var pixels) && pixels > 0 ? (int)Math.Round(pixels) : null;
    }

    [GeneratedRegex(@"url\(\s*(?<url>[^)]*)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CssUrl();
}

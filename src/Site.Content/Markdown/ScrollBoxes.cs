using AngleSharp.Dom;

namespace Site.Content.Markdown;

/// <summary>
/// Wide tables and code scroll inside their own box, so that the page itself never scrolls sideways: a table is
/// wrapped in a focusable, labelled region (so keyboard users can scroll it too) and a code block is focusable.
/// Markdig's own tables and code are wrapped as they are written (<see cref="SiteHtmlRenderers"/>); this is for
/// tables and <c>pre</c> blocks written as raw HTML.
/// </summary>
public static class ScrollBoxes
{
    public const string TableClass = "scroll-box";

    public static void Wrap(IElement body)
    {
        foreach (var table in body.QuerySelectorAll("table").ToList())
        {
            if (table.ParentElement is { } parent && parent.ClassList.Contains(TableClass))
            {
                continue;
            }

            var box = body.Owner!.CreateElement("div");
            box.ClassList.Add(TableClass);
            box.SetAttribute("tabindex", "0");
            box.SetAttribute("role", "region");
            table.Replace(box);
            box.AppendChild(table);
        }

        // Numbered in page order, Markdown's tables and raw ones together, so that each region's name is unique.
        var number = 0;
        foreach (var box in body.QuerySelectorAll("div." + TableClass))
        {
            number++;
            var caption = box.QuerySelector("caption")?.TextContent.Trim();
            box.SetAttribute("aria-label", string.IsNullOrEmpty(caption) ? $"Table {number}" : $"Table {number}: {caption}");
        }

        foreach (var pre in body.QuerySelectorAll("pre").Where(p => !p.HasAttribute("tabindex")))
        {
            pre.SetAttribute("tabindex", "0");
        }
    }
}

namespace Site.Content.Markdown;

/// <summary>
/// The levels a body's headings should have, under the page title (the only level 1): sections start at 2 and each
/// heading is at most one level below the one it belongs to. A heading belongs to the nearest heading before it
/// written at a higher level (smaller number), and keeps its place among its siblings, so following every suggestion
/// at once gives an outline without a skip: <c>### a</c>, <c>#### b</c> after the title become <c>## a</c>,
/// <c>### b</c>. A second level-1 heading counts as a section (level 2), as its own error (SG2013) tells.
/// </summary>
public static class HeadingLevels
{
    /// <summary>A heading whose level is wrong, the level it should have, and why (in words for a message).</summary>
    public sealed record Change(Heading Heading, int Level, string Why);

    /// <summary>Every heading of <paramref name="outline"/> (in order) whose level should change, with the level it should have.</summary>
    public static IReadOnlyList<Change> Fix(IReadOnlyList<Heading> outline)
    {
        var changes = new List<Change>();
        var open = new Stack<(Heading Heading, int Written, int Fixed)>();
        (Heading Heading, int Fixed)? previous = null;
        foreach (var heading in outline)
        {
            var written = Math.Max(2, heading.Level);
            (Heading Heading, int Written, int Fixed)? sibling = null;
            while (open.Count > 0 && open.Peek().Written >= written)
            {
                var closed = open.Pop();
                sibling = closed.Written == written ? closed : sibling;
            }

            var level = open.Count > 0 ? open.Peek().Fixed + 1 : 2;
            if (heading.Level > 1 && level < heading.Level)
            {
                var after = previous is { } before ? Math.Max(2, before.Heading.Level) : 1;
                string why;
                if (previous is not { } last || heading.Level > after + 1)
                {
                    why = $"skips a heading level (after {(previous is { } p ? Shown(p.Heading.Level, p.Heading) : "the title")})";
                }
                else if (sibling is { } same && same.Fixed < same.Heading.Level)
                {
                    why = $"is at the level of {Shown(same.Heading.Level, same.Heading)}, which becomes {Shown(same.Fixed, same.Heading)}";
                }
                else if (open.Count > 0 && open.Peek() is var parent && parent.Fixed < parent.Heading.Level)
                {
                    why = $"is under {Shown(parent.Heading.Level, parent.Heading)}, which becomes {Shown(parent.Fixed, parent.Heading)}";
                }
                else
                {
                    why = $"skips a heading level (under {(open.Count > 0 ? Shown(open.Peek().Heading.Level, open.Peek().Heading) : "the title")}, after {Shown(last.Heading.Level, last.Heading)})";
                }

                changes.Add(new Change(heading, level, why));
            }

            open.Push((heading, written, level));
            previous = (heading, level);
        }

        return changes;
    }

    private static string Shown(int level, Heading heading) => $"'{new string('#', level)} {heading.Text}'";
}

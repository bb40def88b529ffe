using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Site.Content.Formats;
using Site.Content.Model;
using Site.Engine.Diagnostics;

namespace Site.Cli.Commands;

/// <summary>
/// <c>site new story|article|event|alert "Title"</c>: writes a new file from <c>theme/archetypes/</c> with a slug
/// made from the title, a fresh id, today's date and every field to fill in. Never overwrites a file.
/// </summary>
public static partial class NewCommand
{
    // The site runs with invariant globalization (no ICU), so accented Latin letters are folded by this table.
    private const string Accents = "àáâãäåāăąçćčďđèéêëēėęěğìíîïīįıłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿžźż";
    private const string Unaccented = "aaaaaaaaacccddeeeeeeeegiiiiiiilnnnoooooooorrssstuuuuuuuuyyzzz";

    // The content kinds come from the one table of kinds; an alert is not content but a file of its own.
    private static readonly Dictionary<string, (string Folder, string Archetype, string Extension, string Prefix)> Kinds =
        ContentKinds.All.Where(k => k.NewWord is not null && k.Archetype is not null)
            .Select(k => (Word: k.NewWord!, Entry: (k.Folder, k.Archetype!, ".md", k.IdPrefix)))
            .Append((Word: "alert", Entry: ("alerts", "alert.yml", ".yml", string.Empty)))
            .ToDictionary(k => k.Word, k => k.Entry, StringComparer.Ordinal);

    public static Command Create(TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var kind = new Argument<string>("KIND") { Description = $"what to create: {string.Join(", ", Kinds.Keys)}" };
        kind.AcceptOnlyFromAmong([.. Kinds.Keys]);
        var title = new Argument<string>("TITLE") { Description = "its title, in quotes; the file name is made from it" };
        var input = SiteOptions.Input();
        var theme = SiteOptions.Theme();
        var today = SiteOptions.Today("the new file");
        var command = new Command("new", "start a new file from theme/archetypes/ with every field to fill in, such as: site new story \"Maria Walks Again\"; it never replaces a file") { kind, title, input, theme, today };
        command.SetAction(result => Run(result.GetValue(kind)!, result.GetValue(title)!, result.GetValue(input)!, result.GetValue(theme)!, result.GetValue(today), stdout, stderr, clock));
        return command;
    }

    private static int Run(string word, string given, string input, string theme, DateOnly? today, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var kind = Kinds[word];
        var title = given.Trim();
        var slug = Slug(title);
        if (slug.Length == 0)
        {
            return Usage(stderr, $"the title '{title}' has no letters or digits to make a file name from");
        }

        if (word == "page" && ContentRules.ReservedPageSlugs.Contains(slug))
        {
            return Usage(stderr, $"a page cannot be called '{slug}': the site already has /{slug}/ ({string.Join(", ", ContentRules.ReservedPageSlugs.Order(StringComparer.Ordinal).Take(6))}, ... are taken); choose another title");
        }

        var archetype = Path.Combine(theme, "archetypes", kind.Archetype);
        if (!File.Exists(archetype))
        {
            stderr.WriteLine($"{archetype.Replace('\\', '/')}: error {DiagnosticCodes.ArchetypeMissing}: the template for a new {word} is missing; restore it from the repository (git checkout -- {archetype.Replace('\\', '/')})");
            return CommandLine.Failed;
        }

        var folder = Path.Combine(input, kind.Folder);
        var file = Path.Combine(folder, slug + kind.Extension);
        var display = file.Replace('\\', '/');
        if (File.Exists(file) || Directory.Exists(file))
        {
            stderr.WriteLine($"{display}: error {DiagnosticCodes.NewFileExists}: this file already exists and was left as it is; choose another title, or edit the file that is there");
            return CommandLine.Failed;
        }

        var now = SiteNow(input, clock);
        var date = today ?? DateOnly.FromDateTime(now);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal),
            ["slug"] = slug,
            ["id"] = kind.Prefix.Length == 0 ? slug : NextId(folder, kind.Prefix, date.Year),
            ["date"] = Dates.Iso(date),
            ["next_year"] = Dates.Iso(date.AddYears(1)),
            ["now"] = Dates.Iso(date) + now.ToString(" HH:mm", CultureInfo.InvariantCulture),
            ["tomorrow"] = Dates.Iso(date.AddDays(1)) + now.ToString(" HH:mm", CultureInfo.InvariantCulture),
        };
        var text = Placeholder().Replace(File.ReadAllText(archetype), m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
        Directory.CreateDirectory(folder);
        try
        {
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        }
        catch (IOException) when (File.Exists(file))
        {
            stderr.WriteLine($"{display}: error {DiagnosticCodes.NewFileExists}: this file already exists and was left as it is; choose another title, or edit the file that is there");
            return CommandLine.Failed;
        }

        stdout.WriteLine(display);
        stderr.WriteLine($"site new: wrote {display}; fill in every field (each has a comment saying what to put there), then run 'site preview' to see it");
        return CommandLine.Success;
    }

    /// <summary>A file name from a title: lower-case ASCII letters and digits joined by single hyphens, at most 60 characters.</summary>
    internal static string Slug(string title)
    {
        var plain = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            var folded = Accents.IndexOf(c, StringComparison.Ordinal) is var at and >= 0 ? Unaccented[at] : c;
            plain.Append(char.IsAsciiLetterOrDigit(folded) ? folded : c is '\'' or '’' ? '\0' : '-');
        }

        var slug = string.Join('-', plain.ToString().Replace("\0", string.Empty, StringComparison.Ordinal).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length <= 60 ? slug : slug[..60].TrimEnd('-');
    }

    /// <summary>The next free id of the year in a folder: st-2026-001, st-2026-002...</summary>
    internal static string NextId(string folder, string prefix, int year)
    {
        var stem = $"{prefix}-{year}-";
        var used = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
                .SelectMany(f => File.ReadLines(f).Take(60))
                .Select(l => IdLine().Match(l))
                .Where(m => m.Success && m.Groups[1].Value.StartsWith(stem, StringComparison.Ordinal))
                .Select(m => int.TryParse(m.Groups[1].Value[stem.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .DefaultIfEmpty(0)
                .Max()
            : 0;
        return stem + (used + 1).ToString("000", CultureInfo.InvariantCulture);
    }

    /// <summary>Now in the site's time zone (<c>time_zone</c> in site.yml), or this computer's when site.yml cannot be read.</summary>
    internal static DateTime SiteNow(string input, TimeProvider clock)
    {
        var file = Path.Combine(input, Site.Content.Settings.SiteSettingsLoader.FileName);
        var loaded = File.Exists(file) ? Site.Content.Settings.SiteSettingsLoader.Load(Path.GetFullPath(file), file, new Site.Engine.Files.SourceReader(), new DiagnosticBag()) : null;
        return loaded is { TimeZone: var zone } ? TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime : clock.GetLocalNow().DateTime;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"site new: {message}");
        stderr.WriteLine("usage: site new KIND \"TITLE\" [--input DIR] [--theme DIR] [--today YYYY-MM-DD] (site new --help for more)");
        return CommandLine.Usage;
    }

    [GeneratedRegex(@"\{\{\s*([a-z_]+)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^id:\s*([A-Za-z0-9-]+)")]
    private static partial Regex IdLine();
}

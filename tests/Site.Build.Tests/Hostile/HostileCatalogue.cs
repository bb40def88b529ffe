namespace Site.Build.Tests.Hostile;

// HOSTILE INPUT CATALOGUE
//
// Written from the rules, apart from the code: the cases below come from the five rules the build must meet for
// hostile and broken inputs (inside input/ only; typed right is not enough; Markdown within bounds; URL schemes;
// no internal error, stack trace or hang, and every error line names a file), not from reading the generator's
// source. Only its public entry points are used: the test fixture's site, and the `site build` program, run as a
// child process (HostileSite, SiteProcess) so that a hang or a memory blow-up is killed and fails its case.
//
// Each case (Rule1InsideInput ... Rule5NoCrash) is one row: the rule, a title, the set-up (operations on a
// HostileSite: write a file, make a symbolic link, a FIFO, a socket or a device, write outside the site, drop
// editor litter), and the outcome: fails with given codes at given files (line and column only where the rule
// names a position), succeeds with a warning, or succeeds with nothing said and nothing published. Every case also
// gets the universal checks (UniversalChecks): done within 60 s, exit 0 or 1, no "internal error" or stack trace,
// every error line names a file, nothing from outside input/ and theme/ nor any litter published, no javascript:
// or vbscript: link in any written file. Rule 3's documents also get the render budget (RenderBudget).
//
// Where a rule leaves something open, the case asks only what the rule fixes (e.g. the page check's path for a
// theme's javascript: link, or the code of an error in rule 5) and says so in its expectation.

/// <summary>Every hostile case, by rule. See the comment above for how the catalogue was written and is run.</summary>
public static class HostileCatalogue
{
    public static IReadOnlyList<HostileCase> All { get; } =
    [
        .. Rule1InsideInput.Cases,
        .. Rule2TypedRight.Cases,
        .. Rule3MarkdownBounds.Cases,
        .. Rule4UrlSchemes.Cases,
        .. Rule5NoCrash.Cases,
    ];

    public static HostileCase Named(string name) => All.Single(c => c.Name == name);
}

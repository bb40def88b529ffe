namespace Site.Content.Model;

/// <summary>
/// The one place deploy contexts are named and what they decide: Netlify's names for them (what <c>--context</c>
/// takes and the report writes), and whether a deploy may be indexed (only production is; every other context gets
/// <c>noindex</c> in its pages, its <c>_headers</c> and its <c>robots.txt</c>).
/// </summary>
public static class DeployContexts
{
    private static readonly (DeployContext Context, string Name)[] Names =
    [
        (DeployContext.Production, "production"),
        (DeployContext.DeployPreview, "deploy-preview"),
        (DeployContext.BranchDeploy, "branch-deploy"),
        (DeployContext.Dev, "dev"),
    ];

    public static IEnumerable<string> AllNames => Names.Select(n => n.Name);

    public static string Name(DeployContext context) => Names.First(n => n.Context == context).Name;

    public static DeployContext? Parse(string name) => Names.Where(n => n.Name == name).Select(n => (DeployContext?)n.Context).FirstOrDefault();

    /// <summary>Whether search engines are asked to stay away (every context but production).</summary>
    public static bool Noindex(DeployContext context) => context != DeployContext.Production;
}

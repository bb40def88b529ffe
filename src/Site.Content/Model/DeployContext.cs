namespace Site.Content.Model;

/// <summary>Where a build will be served: Netlify's deploy contexts, or a local build.</summary>
public enum DeployContext
{
    Production,
    DeployPreview,
    BranchDeploy,
    Dev,
}

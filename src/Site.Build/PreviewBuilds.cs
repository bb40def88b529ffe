namespace Site.Build;

/// <summary>
/// The builds behind <c>site preview</c>, as a build delegate for <c>Site.Preview</c> (which knows only the engine):
/// the first builds everything; each one after a change reuses what the change did not touch (<see cref="BuildSession"/>),
/// and a changed <c>site.yml</c>, or the input or theme folder itself, starts from scratch. Nothing is written to disk;
/// stories waiting for their authorization are shown, marked; the theme's assets are served at a fixed path, so a
/// stylesheet edit changes no page. One rebuild at a time.
/// </summary>
public sealed class PreviewBuilds(BuildOptions options, TimeProvider clock)
{
    public const string AssetsPath = "/assets/v-preview";

    public BuildSession Session { get; } = new();

    public string InputRoot => Path.GetFullPath(options.Input, options.WorkingDirectory);

    public string ThemeRoot => Path.GetFullPath(options.Theme, options.WorkingDirectory);

    /// <summary>Builds again after the given files or folders changed (everything when <paramref name="everything"/>).</summary>
    public Task<BuildResult> RebuildAsync(IReadOnlyCollection<string> changed, bool everything, CancellationToken cancellationToken)
    {
        var settings = Path.Combine(InputRoot, "site.yml");
        if (everything || changed.Any(p => p == settings || p == InputRoot || p == ThemeRoot))
        {
            Session.Clear();
        }

        Session.Changed(changed);
        return new SiteBuild(options with { Session = Session, WriteOutput = false, AssetsPath = AssetsPath, ShowPending = true }, clock).RunAsync(cancellationToken: cancellationToken);
    }
}

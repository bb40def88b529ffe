using Site.Engine.Pipelines;
using Site.Validation.Privacy;

namespace Site.Validation.Stage;

/// <summary>
/// The validate stage: a pipeline that reads what the named pipelines publish and checks it as a site, in the
/// engine's run (and in its memory: in a session, only what changed is checked again). Each page is parsed once,
/// its references and the page checks of the options run on that parse, the references are resolved against the
/// site's files and anchors, the site's CSS files and every text file are read for what they must not hold, and
/// the failures are reported where they were written. <c>site build</c> and <c>site check</c> run this same stage.
/// </summary>
public static class ValidationStage
{
    public const string Name = "validate";

    public static Pipeline Create(IReadOnlyList<string> dependencies, IReadOnlyList<string> published, ValidationOptions options)
    {
        var pipeline = new Pipeline(Name).DependsOn([.. dependencies])
            .Then(new ReadPublished(published, options))
            .Then(new CheckPages(options));
        if (options.PageChecks.Any(c => c is FirstPartyRule))
        {
            pipeline = pipeline.Then(new StylesheetRule());
        }

        return pipeline
            .Then(new ResolveReferences(options))
            .Then(new CheckTraces(options))
            .Then(new ReportLinkFailures(options));
    }
}

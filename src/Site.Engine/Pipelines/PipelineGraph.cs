using Site.Engine.Diagnostics;

namespace Site.Engine.Pipelines;

/// <summary>Orders pipelines so that each comes after the pipelines it depends on.</summary>
public static class PipelineGraph
{
    /// <summary>The location used for diagnostics about the pipeline definitions themselves.</summary>
    public static readonly SourceLocation DefinitionLocation = new("(pipelines)");

    /// <summary>
    /// Returns the pipelines in dependency order (ties broken by name), or null after reporting a duplicate
    /// name, an unknown dependency or a cycle. A cycle is named in full, e.g. <c>a -> b -> a</c>.
    /// </summary>
    public static IReadOnlyList<Pipeline>? Order(IReadOnlyList<Pipeline> pipelines, DiagnosticBag diagnostics)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        var valid = true;
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.DuplicatePipeline, DefinitionLocation, $"two pipelines are named '{pipeline.Name}'"));
                valid = false;
            }
        }

        foreach (var pipeline in pipelines)
        {
            foreach (var dependency in pipeline.Dependencies.Where(d => !byName.ContainsKey(d)))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.UnknownPipeline, DefinitionLocation, $"pipeline '{pipeline.Name}' depends on '{dependency}', which is not defined"));
                valid = false;
            }
        }

        if (!valid)
        {
            return null;
        }

        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        var ordered = new List<Pipeline>(pipelines.Count);
        var path = new List<string>();
        foreach (var name in byName.Keys.Order(StringComparer.Ordinal))
        {
            if (!Visit(name, byName, state, path, ordered, diagnostics))
            {
                return null;
            }
        }

        return ordered;
    }

    private static bool Visit(
        string name,
        Dictionary<string, Pipeline> byName,
        Dictionary<string, bool> state,
        List<string> path,
        List<Pipeline> ordered,
        DiagnosticBag diagnostics)
    {
        if (state.TryGetValue(name, out var done))
        {
            if (done)
            {
                return true;
            }

            var start = path.IndexOf(name);
            var cycle = string.Join(" -> ", path.Skip(start).Append(name));
            diagnostics.Report(Diagnostic.Error(DiagnosticCodes.PipelineCycle, DefinitionLocation, $"pipelines depend on each other in a cycle: {cycle}"));
            return false;
        }

        state[name] = false;
        path.Add(name);
        foreach (var dependency in byName[name].Dependencies.Order(StringComparer.Ordinal))
        {
            if (!Visit(dependency, byName, state, path, ordered, diagnostics))
            {
                return false;
            }
        }

        path.RemoveAt(path.Count - 1);
        state[name] = true;
        ordered.Add(byName[name]);
        return true;
    }
}

using Site.Engine.Diagnostics;
using Site.Engine.Documents;
using Site.Engine.Modules;
using Site.Engine.Pipelines;

namespace Site.Content.Images;

/// <summary>
/// Turns each file copied from <c>input/media/</c> into what is published: a photo becomes its full-size picture
/// re-encoded without metadata (at its own path) and its resized copies under <c>/img/</c> (<see cref="ImageCatalog"/>);
/// an SVG is checked (<see cref="SvgCheck"/>) and published as it is; anything else (video, captions, PDF) as it is.
/// Runs after the files of withdrawn stories are left out, so their photos are not even encoded. A photo that cannot be decoded, or an SVG that could run code or load something, is an error at the file.
/// </summary>
public sealed class PrepareMedia(ImageCatalog catalog) : IDocumentModule
{
    public IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        var media = "/" + input.OutputPath;
        var at = new SourceLocation(input.SourcePath ?? input.Id);
        if (ImageCatalog.IsPhoto(media))
        {
            if (catalog.Find(media) is not { } image)
            {
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.ImageUnreadable, at, $"{input.SourcePath} cannot be read as a {Path.GetExtension(media).TrimStart('.').ToUpperInvariant()} image (damaged, or another format with the wrong extension); open it in an image editor and export it again as JPEG, PNG or WebP"));
                return [];
            }

            return catalog.Make(image).Select(file => new Document(input.Id + (file.OutputPath == input.OutputPath ? string.Empty : "#" + file.OutputPath))
            {
                SourcePath = input.SourcePath,
                OutputPath = file.OutputPath,
                Content = file.Content,
            });
        }

        if (media.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && input.Content is FileContent svg)
        {
            var problems = SvgCheck.Check(File.ReadAllText(svg.FullPath)).Problems;
            foreach (var problem in problems)
            {
                context.Diagnostics.Report(Diagnostic.Error(DiagnosticCodes.SvgUnsafe, new SourceLocation(at.Path, problem.Line, problem.Column), problem.Message));
            }

            return problems.Count == 0 ? [input] : [];
        }

        return [input];
    }
}

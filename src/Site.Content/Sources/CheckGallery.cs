using System.Text.RegularExpressions;
using Site.Content.FrontMatter;
using Site.Content.Model;
using Site.Engine.Diagnostics;

namespace Site.Content.Sources;

/// <summary>
/// The rules of a <c>gallery:</c> that need only the file: every photo's <c>alt</c> describes the photo (it is not the
/// file name, nor reads like one: <c>IMG_2041.jpg</c>, <c>photo1</c>, <c>DSC_0042</c>, a lone "photo"), and a story
/// whose gallery may show the patient has <c>photo</c> in <c>consent.identifiers</c>. That the files exist is checked
/// with the other media, by <see cref="CheckContent"/>.
/// </summary>
public static partial class CheckGallery
{
    /// <summary>What a good text alternative says, for the messages.</summary>
    public const string GoodAlt = "describe what the photo shows for someone who cannot see it: who or what, doing what, where (such as 'Ruth and her dance partner mid-turn on the ballroom floor')";

    public static void Check(IContentFrontMatter frontMatter, FieldLocations locations, DiagnosticBag diagnostics)
    {
        var gallery = frontMatter.Gallery;
        for (var i = 0; i < gallery.Count; i++)
        {
            var photo = gallery[i];
            if (ReadsLikeFileName(photo.Alt, photo.Src))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.AltIsFileName, locations[$"gallery[{i}].alt"], $"'gallery[{i}].alt' is '{photo.Alt.Trim()}', which reads like a file name, not a description; {GoodAlt}"));
            }

            if (photo.Caption is { } caption && string.IsNullOrWhiteSpace(caption))
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.MissingField, locations[$"gallery[{i}].caption"], $"'gallery[{i}].caption' is empty; write the caption, or leave the key out for a photo without one"));
            }
        }

        if (frontMatter is StoryFrontMatter story && !story.Consent.Identifiers.Contains("photo", StringComparer.Ordinal))
        {
            var first = Enumerable.Range(0, gallery.Count).FirstOrDefault(i => gallery[i].ShowsPatient, -1);
            if (first >= 0)
            {
                diagnostics.Report(Diagnostic.Error(DiagnosticCodes.GalleryNotAuthorized, locations[$"gallery[{first}]"], $"the gallery may show the patient (photo {first + 1}, {gallery[first].Src}), but 'consent.identifiers' has no 'photo'; add 'photo' to consent.identifiers if the signed authorization allows photos, or write 'shows_patient: false' on each photo in which the patient cannot be seen or recognized, or remove the photo"));
            }
        }
    }

    /// <summary>
    /// Whether an alt text is a file name or reads like one: the photo's own file name (with or without its extension,
    /// with dashes or underscores read as spaces), any name ending in an image extension, one word with a digit or an
    /// underscore (<c>IMG_2041</c>, <c>photo1</c>, <c>20240512</c>), or only a word such as "photo" or "image 2".
    /// </summary>
    public static bool ReadsLikeFileName(string alt, string src)
    {
        var text = alt.Trim();
        var file = Path.GetFileName(src.TrimEnd('/'));
        var stem = Path.GetFileNameWithoutExtension(file);
        static string Words(string s) => string.Join(' ', s.Split(['-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries));
        return string.Equals(text, file, StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, stem, StringComparison.OrdinalIgnoreCase)
            || (stem.Length > 0 && string.Equals(Words(text), Words(stem), StringComparison.OrdinalIgnoreCase))
            || ImageExtension().IsMatch(text)
            || OneCodedWord().IsMatch(text)
            || GenericWord().IsMatch(text);
    }

    [GeneratedRegex(@"\.(jpe?g|png|gif|webp|avif|heic|heif|tiff?|bmp|svg)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageExtension();

    [GeneratedRegex(@"^(?=\S*[\d_])\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex OneCodedWord();

    [GeneratedRegex(@"^(a |an |the )?(photo|photograph|image|picture|pic|img|gallery|untitled|screenshot|thumbnail)s?( ?#?\d+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericWord();
}

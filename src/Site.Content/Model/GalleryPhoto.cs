using Site.Content.FrontMatter;

namespace Site.Content.Model;

/// <summary>
/// One photo of a <c>gallery:</c>: a file in <c>input/media/</c>, its text alternative (never the file name), an
/// optional caption shown under it (plain text), and whether it may show the patient. A photo is taken to show the
/// patient unless the editor says <c>shows_patient: false</c> (a building, a landscape, an object); a story with any
/// photo that may show the patient needs <c>photo</c> in <c>consent.identifiers</c>.
/// </summary>
public sealed record GalleryPhoto(
    string Src,
    [NonEmpty("must describe what the photo shows for people who cannot see it, such as 'Ruth and her dance partner mid-turn on the ballroom floor'")] string Alt,
    string? Caption = null,
    bool ShowsPatient = true);

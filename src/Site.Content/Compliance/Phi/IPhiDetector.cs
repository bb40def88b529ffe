namespace Site.Content.Compliance.Phi;

/// <summary>
/// Finds one family of identifiers in a text. A detector looks only where its identifier can be (<see cref="PhiText"/>
/// tells where the digits, '@' signs and web addresses are), and leaves out what the organization owns. Thread-safe.
/// </summary>
public interface IPhiDetector
{
    void Find(PhiText text, List<PhiSpan> found);
}

namespace Site.Content.Model;

/// <summary>Who signed an authorization: the patient, or a personal representative (a parent, guardian, executor...).</summary>
public enum Signer
{
    Patient,
    Representative,
}

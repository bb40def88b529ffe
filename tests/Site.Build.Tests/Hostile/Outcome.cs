namespace Site.Build.Tests.Hostile;

/// <summary>How a build of a hostile input must end.</summary>
public enum Outcome
{
    /// <summary>Exit 1, with at least the expected errors.</summary>
    Fails,

    /// <summary>Exit 0 (warnings allowed), with at least the expected warnings and no error.</summary>
    Succeeds,

    /// <summary>Exit 0 with no diagnostic at all: the input is ignored as if it were not there.</summary>
    SucceedsSilently,

    /// <summary>Either exit 0 (warnings allowed), or exit 1 where every error is one of the expected ones.</summary>
    SucceedsOrFailsOnlyWith,
}

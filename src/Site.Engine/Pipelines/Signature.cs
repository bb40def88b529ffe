namespace Site.Engine.Pipelines;

/// <summary>
/// A 64-bit FNV-1a hash of the values a kept result depends on (<see cref="ModuleMemo.Keep"/>), built without
/// writing the values out: a preview computes one for thousands of documents on every rebuild, and a large string
/// would be garbage the collector has to deal with.
/// </summary>
public struct Signature
{
    private const ulong Prime = 1099511628211;
    private ulong hash;
    private bool started;

    public Signature Add(string? value)
    {
        Start();
        foreach (var c in value ?? "\u0001")
        {
            hash = (hash ^ c) * Prime;
        }

        hash = (hash ^ 0xFFFF) * Prime;
        return this;
    }

    public Signature Add(int value)
    {
        Start();
        hash = (hash ^ (uint)value) * Prime;
        return this;
    }

    public readonly override string ToString() => hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    private void Start()
    {
        if (!started)
        {
            hash = 14695981039346656037;
            started = true;
        }
    }
}

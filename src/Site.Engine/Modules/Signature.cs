using System.Collections;

namespace Site.Engine.Modules;

/// <summary>
/// What a module's output depends on besides its input, as a module declares it: a few values compared with the
/// ones it declared in the last run (<see cref="IModule.DependsOn"/>, <see cref="IDocumentModule.DependsOn"/>). Parts
/// are equal when they are the same object, equal values, or sequences (other than strings) of equal parts, so a
/// list rebuilt with the same records is the same; <see cref="By{T}"/> compares many items by identity first, which
/// is what keeps a session's checks cheap (most items are the very same objects as last run). The default signature
/// has no parts: "nothing besides the input". Sequences are read when the signature is made.
/// </summary>
public readonly struct Signature : IEquatable<Signature>
{
    private readonly object?[]? parts;

    private Signature(object?[] parts) => this.parts = parts;

    public static Signature Of(params object?[] parts) => new(parts.Select(Snapshot).ToArray());

    /// <summary>
    /// A part made of many items: two items are the same when they are the same object, and otherwise when
    /// <paramref name="values"/> gives equal values for them (computed only then).
    /// </summary>
    public static object By<T>(IEnumerable<T> items, Func<T, object?> values)
        where T : class => new Projected(items.Cast<object>().ToArray(), item => Snapshot(values((T)item)));

    public bool Equals(Signature other) => ReferenceEquals(parts, other.parts) || SameParts(parts ?? [], other.parts ?? []);

    public override bool Equals(object? obj) => obj is Signature other && Equals(other);

    public override int GetHashCode() => parts?.Length ?? 0;

    public static bool operator ==(Signature left, Signature right) => left.Equals(right);

    public static bool operator !=(Signature left, Signature right) => !left.Equals(right);

    /// <summary>What makes this signature object itself (not its value): a signature made once per run and shared by many documents has one.</summary>
    internal object? Identity => parts;

    private static object? Snapshot(object? part) =>
        part is not string and not Projected and IEnumerable sequence ? sequence.Cast<object?>().Select(Snapshot).ToArray() : part;

    private static bool SameParts(object?[] a, object?[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!Same(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null)
        {
            return false;
        }

        if (a is Projected x && b is Projected y)
        {
            return x.SameAs(y);
        }

        return a is object?[] first && b is object?[] second ? SameParts(first, second) : a.Equals(b);
    }

    /// <summary>Items compared by identity, then by their values.</summary>
    private sealed class Projected(object[] items, Func<object, object?> values)
    {
        private object[] Items { get; } = items;

        private Func<object, object?> Values { get; } = values;

        public bool SameAs(Projected other)
        {
            if (Items.Length != other.Items.Length)
            {
                return false;
            }

            for (var i = 0; i < Items.Length; i++)
            {
                if (!ReferenceEquals(Items[i], other.Items[i]) && !Same(Values(Items[i]), other.Values(other.Items[i])))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace Site.Content.FrontMatter;

/// <summary>
/// The fields of a front matter record, read once per type from its primary constructor: each parameter is a
/// snake_case key. A parameter is optional when it is nullable, has a default value, or is a list (then it
/// defaults to empty) without <see cref="NonEmptyAttribute"/>. Thread-safe.
/// </summary>
internal sealed class RecordShape
{
    private static readonly ConcurrentDictionary<Type, RecordShape> Cache = new();
    private static readonly Lock NullabilityLock = new();

    private RecordShape(Type type)
    {
        Constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var context = new NullabilityInfoContext();
        var fields = new List<FieldInfo>();
        foreach (var parameter in Constructor.GetParameters())
        {
            bool nullable;
            lock (NullabilityLock)
            {
                nullable = Nullable.GetUnderlyingType(parameter.ParameterType) is not null
                    || (!parameter.ParameterType.IsValueType && context.Create(parameter).WriteState == NullabilityState.Nullable);
            }

            var attribute = parameter.GetCustomAttribute<NonEmptyAttribute>();
            var nonEmpty = attribute is not null;
            var isList = IsList(parameter.ParameterType, out _);
            var required = nonEmpty || (!nullable && !parameter.HasDefaultValue && !isList);
            fields.Add(new FieldInfo(ToSnakeCase(parameter.Name!), parameter, parameter.ParameterType, required, nonEmpty, parameter.HasDefaultValue ? parameter.DefaultValue : null, attribute?.Hint));
        }

        Fields = fields;
        ByKey = fields.ToDictionary(f => f.Key, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field.Parameter.GetCustomAttribute<AliasAttribute>() is { } alias)
            {
                ByKey = new Dictionary<string, FieldInfo>(ByKey, StringComparer.Ordinal) { [alias.Key] = field };
            }
        }
    }

    public ConstructorInfo Constructor { get; }

    public IReadOnlyList<FieldInfo> Fields { get; }

    /// <summary>The fields by key, and by the older key of an <see cref="AliasAttribute"/>.</summary>
    public IReadOnlyDictionary<string, FieldInfo> ByKey { get; }

    public static RecordShape Of(Type type) => Cache.GetOrAdd(type, t => new RecordShape(t));

    public static bool IsList(Type type, out Type element)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            element = type.GetGenericArguments()[0];
            return true;
        }

        element = typeof(object);
        return false;
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}

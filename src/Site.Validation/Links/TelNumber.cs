namespace Site.Validation.Links;

/// <summary>
/// The number of a <c>tel:</c> URL, read by the grammar of RFC 3966 with what phones' diallers also accept: a global
/// number (<c>+</c>, the country code and 3 to 15 digits in all), or a local one (3 to 15 digits, or with
/// <c>*</c>, <c>#</c> and the hex digits of RFC 3966 when <c>;phone-context=</c> says where it is dialled), visual
/// separators (<c>-</c>, <c>.</c>, brackets, spaces), the parameters <c>;ext=</c>, <c>;isub=</c>,
/// <c>;phone-context=</c> and any other <c>;name=value</c>, and pauses: <c>,</c> (wait a moment) and <c>;</c> (wait
/// for the caller) followed by the digits to dial then, such as an extension. Thread-safe.
/// </summary>
/// <remarks>
/// libphonenumber (used by the PHI check) answers another question: whether a number exists in a country's numbering
/// plan. It refuses the fictional numbers (555-01xx) that examples and tests use, and knows neither pauses nor the
/// URL's parameters; a link check needs the URL's grammar.
/// </remarks>
public static class TelNumber
{
    private const int MinDigits = 3;
    private const int MaxDigits = 15;

    /// <summary>Null when <paramref name="value"/> (what follows <c>tel:</c>, percent-encoded or not) is a number to dial; else what is wrong, in words.</summary>
    public static string? Problem(string value)
    {
        var text = TargetResolver.Decode(value).Trim();
        if (text.Length == 0)
        {
            return "it has no number";
        }

        var end = text.IndexOfAny([';', ',']);
        var number = end < 0 ? text : text[..end];
        var rest = end < 0 ? string.Empty : text[end..];

        string? context = null;
        var parameters = new List<(string Name, string? Value)>();
        while (rest.Length > 0)
        {
            var next = rest.IndexOfAny([';', ','], 1);
            var part = next < 0 ? rest : rest[..next];
            rest = next < 0 ? string.Empty : rest[next..];
            if (part[0] == ',' || IsDialString(part[1..]))
            {
                // A pause (',') or a wait (';'), then the digits dialled after it; ",," waits twice.
                if (!IsDialString(part[1..]))
                {
                    return $"'{part[1..]}' after the pause is not digits to dial";
                }

                continue;
            }

            var equals = part.IndexOf('=');
            var name = (equals < 0 ? part[1..] : part[1..equals]).ToLowerInvariant();
            var parameterValue = equals < 0 ? null : part[(equals + 1)..];
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || parameterValue is { Length: 0 })
            {
                return $"'{part}' is neither a parameter (;ext=, ;isub=, ;phone-context=) nor a pause (',' or ';' and digits)";
            }

            switch (name)
            {
                case "ext" when parameterValue is null || !IsDigits(Strip(parameterValue), allowHex: false):
                    return $"the extension '{part}' must be digits, such as ;ext=204";
                case "phone-context" when parameterValue is null || !IsContext(parameterValue):
                    return $"'{part}' must name a country code with +, such as ;phone-context=+1, or a domain name";
                case "phone-context":
                    context = parameterValue;
                    break;
            }

            parameters.Add((name, parameterValue));
        }

        var digits = Strip(number);
        if (digits.StartsWith('+'))
        {
            return context is not null ? "a number that starts with + needs no ;phone-context="
                : !IsDigits(digits[1..], allowHex: false) ? BadCharacter(digits[1..])
                : Count(digits[1..]);
        }

        if (context is not null && digits.Length > 0 && IsDigits(digits, allowHex: true))
        {
            return null;
        }

        if (IsDigits(digits, allowHex: false))
        {
            return Count(digits);
        }

        return IsDigits(digits, allowHex: true) && digits.Length > 0
            ? "a local number with '*', '#' or the letters A to F needs ;phone-context= to say where it is dialled"
            : BadCharacter(digits);
    }

    private static string? Count(string digits) =>
        digits.Length is >= MinDigits and <= MaxDigits ? null : $"it has {digits.Length} digits, and a phone number has {MinDigits} to {MaxDigits}";

    private static string BadCharacter(string digits) =>
        digits.FirstOrDefault(c => !char.IsAsciiDigit(c)) is var c and not '\0'
            ? char.IsLetter(c) ? $"'{c}' is not a digit (write a keypad word, such as CARE, as its digits)" : $"'{c}' is neither a digit nor a separator"
            : "it has no digits";

    /// <summary>The number without its visual separators (RFC 3966: - . ( ), and the spaces people write).</summary>
    private static string Strip(string number) =>
        string.Concat(number.Where(c => c is not ('-' or '.' or '(' or ')') && !char.IsWhiteSpace(c)));

    private static bool IsDigits(string text, bool allowHex) =>
        text.All(c => char.IsAsciiDigit(c) || (allowHex && (char.IsAsciiHexDigit(c) || c is '*' or '#')));

    /// <summary>What a dialler sends after a pause: digits, '*', '#' and visual separators (an empty wait is allowed: ",,").</summary>
    private static bool IsDialString(string text) => Strip(text).All(c => char.IsAsciiDigit(c) || c is '*' or '#');

    /// <summary>A phone-context: "+" and at least one digit (with separators), or a domain name.</summary>
    private static bool IsContext(string value)
    {
        if (value.StartsWith('+'))
        {
            var digits = Strip(value[1..]);
            return digits.Length > 0 && IsDigits(digits, allowHex: false);
        }

        var labels = value.TrimEnd('.').Split('.');
        return labels.All(l => l.Length > 0 && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && l[0] != '-' && l[^1] != '-');
    }
}

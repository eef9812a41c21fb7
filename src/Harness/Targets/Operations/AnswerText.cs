using System.Collections;
using System.Globalization;
using System.Reflection;

namespace StressMaps.Harness.Targets.Operations;

/// <summary>
/// Turns what a call returned into a <see cref="CallAnswer"/>, the form in which the linearizability
/// oracle compares a run's answers with the answers of the class run one call at a time.
/// </summary>
/// <remarks>
/// The rule: strings, booleans, chars, numbers and enums by value; a returned collection by its
/// content (dictionaries and sets as sorted entries, since their order is not part of their value;
/// other sequences in order), its items by this same rule; an object whose type overrides both
/// <see cref="object.Equals(object)"/> and <see cref="object.ToString"/> (a record) by its text.
/// Anything else has reference-only equality: no fresh instance can return the same object, so its
/// answer is shown as <c>&lt;ref Type&gt;</c> and not compared (the call still counts in the order).
/// </remarks>
public static class AnswerText
{
    private const int MaxDepth = 3;

    /// <summary>The answer of a call that returned <paramref name="result"/> (a <c>void</c> call answers <see cref="CallAnswer.Ok"/>).</summary>
    public static CallAnswer Of(object? result, bool returnsVoid)
    {
        if (returnsVoid)
        {
            return CallAnswer.Ok;
        }

        var (text, comparable) = Text(result, 0);
        return new CallAnswer(text, comparable);
    }

    private static (string Text, bool Comparable) Text(object? value, int depth) => value switch
    {
        null => ("null", true),
        string text => ($"\"{text}\"", true),
        bool flag => (flag ? "true" : "false", true),
        char character => ($"'{character}'", true),
        Enum member => (member.ToString(), true),
        IFormattable number when value.GetType().IsPrimitive || value is decimal => (number.ToString(null, CultureInfo.InvariantCulture), true),
        IEnumerable items when depth < MaxDepth => Content(items, depth),
        _ when HasValueEquality(value.GetType()) => (value.ToString() ?? "", true),
        _ => ($"<ref {CSharpName.Of(value.GetType())}>", false),
    };

    private static (string Text, bool Comparable) Content(IEnumerable items, int depth)
    {
        var parts = new List<string>();
        var comparable = true;
        foreach (var item in items)
        {
            var (text, itemComparable) = item is DictionaryEntry entry ? Pair(entry.Key, entry.Value, depth) : KeyValue(item, depth) ?? Text(item, depth + 1);
            parts.Add(text);
            comparable &= itemComparable;
        }

        if (IsUnordered(items))
        {
            parts.Sort(StringComparer.Ordinal);
            return ("{" + string.Join(", ", parts) + "}", comparable);
        }

        return ("[" + string.Join(", ", parts) + "]", comparable);
    }

    private static (string, bool)? KeyValue(object? item, int depth)
    {
        var type = item?.GetType();
        if (type is not { IsGenericType: true } || type.GetGenericTypeDefinition() != typeof(KeyValuePair<,>))
        {
            return null;
        }

        return Pair(type.GetProperty("Key")!.GetValue(item), type.GetProperty("Value")!.GetValue(item), depth);
    }

    private static (string, bool) Pair(object? key, object? value, int depth)
    {
        var (keyText, keyComparable) = Text(key, depth + 1);
        var (valueText, valueComparable) = Text(value, depth + 1);
        return ($"{keyText}={valueText}", keyComparable && valueComparable);
    }

    private static bool IsUnordered(IEnumerable items) =>
        items is IDictionary || items.GetType().GetInterfaces().Any(candidate => candidate.IsGenericType
            && candidate.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)
                || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>)));

    private static bool HasValueEquality(Type type) =>
        Overrides(type, nameof(Equals), [typeof(object)]) && Overrides(type, nameof(ToString), Type.EmptyTypes);

    private static bool Overrides(Type type, string name, Type[] parameters) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, parameters) is { } method
        && method.DeclaringType != typeof(object) && method.DeclaringType != typeof(ValueType);
}

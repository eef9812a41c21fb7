using System.Collections;
using System.Reflection;
using Microsoft.Coyote.Runtime;
using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Harness.Exploration.Execution;

/// <summary>
/// What a caller does with what a target handed it: look a key up, count it, enumerate it.
/// </summary>
/// <remarks>
/// A handed-out <see cref="Dictionary{TKey, TValue}"/>, <see cref="HashSet{T}"/> or <see cref="List{T}"/> is
/// used through its concrete type, as a caller of <c>Dictionary&lt;,&gt; Current()</c> would: this assembly is
/// rewritten, and Coyote's collection race check sees only calls typed as those types. Enumeration yields a
/// scheduling point per entry, as a preempted thread would, which is where "Collection was modified" comes from.
/// </remarks>
public static class ReceivedUse
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;

    /// <summary>Looks <paramref name="key"/> up in <paramref name="received"/> (by key in a dictionary, as an item in another collection).</summary>
    public static object? Lookup(object received, ArgumentValue key)
    {
        var type = received.GetType();
        if (Generic(type, typeof(Dictionary<,>)) is { } entry)
        {
            return Call(nameof(LookupDictionary), entry, received, key.ToObject(entry[0]));
        }

        if (Generic(type, typeof(HashSet<>)) is { } setItem)
        {
            return Call(nameof(LookupSet), setItem, received, key.ToObject(setItem[0]));
        }

        if (Generic(type, typeof(List<>)) is { } listItem)
        {
            return Call(nameof(LookupList), listItem, received, key.ToObject(listItem[0]));
        }

        if (Interface(type, typeof(IReadOnlyDictionary<,>)) is { } readOnly)
        {
            return Call(nameof(LookupReadOnly), readOnly, received, key.ToObject(readOnly[0]));
        }

        if (received is IDictionary dictionary)
        {
            return dictionary.Contains(key.Text ?? "") ? dictionary[key.Text ?? ""] : Absent;
        }

        var wanted = key.Text;
        return ((IEnumerable)received).Cast<object?>().Any(item => Equals(item?.ToString(), wanted));
    }

    /// <summary>How many entries <paramref name="received"/> holds.</summary>
    public static int Count(object received)
    {
        var type = received.GetType();
        return Generic(type, typeof(Dictionary<,>)) is { } entry ? (int)Call(nameof(CountDictionary), entry, received)!
            : Generic(type, typeof(HashSet<>)) is { } setItem ? (int)Call(nameof(CountSet), setItem, received)!
            : Generic(type, typeof(List<>)) is { } listItem ? (int)Call(nameof(CountList), listItem, received)!
            : received is ICollection collection ? collection.Count
            : ((IEnumerable)received).Cast<object?>().Count();
    }

    /// <summary>Enumerates <paramref name="received"/> with a scheduling point per entry; returns how many entries it saw.</summary>
    public static int Enumerate(object received)
    {
        var type = received.GetType();
        return Generic(type, typeof(Dictionary<,>)) is { } entry ? (int)Call(nameof(EnumerateDictionary), entry, received)!
            : Generic(type, typeof(HashSet<>)) is { } setItem ? (int)Call(nameof(EnumerateSet), setItem, received)!
            : Generic(type, typeof(List<>)) is { } listItem ? (int)Call(nameof(EnumerateList), listItem, received)!
            : EnumerateAny((IEnumerable)received);
    }

    /// <summary>What a lookup of a missing key answers.</summary>
    public static string Absent => "absent";

    // The type itself or a base: Coyote's rewriting makes a Dictionary<,> of rewritten code its own checked subclass.
    private static Type[]? Generic(Type type, Type definition)
    {
        for (Type? candidate = type; candidate is not null; candidate = candidate.BaseType)
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == definition)
            {
                return candidate.GetGenericArguments();
            }
        }

        return null;
    }

    private static Type[]? Interface(Type type, Type definition) =>
        type.GetInterfaces().FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == definition)?.GetGenericArguments();

    private static object? Call(string method, Type[] typeArguments, params object?[] arguments) =>
        typeof(ReceivedUse).GetMethod(method, Private)!.MakeGenericMethod(typeArguments)
            .Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);

    private static object? LookupDictionary<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key)
        where TKey : notnull =>
        dictionary.TryGetValue(key, out var value) ? value : Absent;

    private static object? LookupReadOnly<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> dictionary, TKey key) =>
        dictionary.TryGetValue(key, out var value) ? value : Absent;

    private static bool LookupSet<T>(HashSet<T> set, T item) => set.Contains(item);

    private static bool LookupList<T>(List<T> list, T item) => list.Contains(item);

    private static int CountDictionary<TKey, TValue>(Dictionary<TKey, TValue> dictionary)
        where TKey : notnull => dictionary.Count;

    private static int CountSet<T>(HashSet<T> set) => set.Count;

    private static int CountList<T>(List<T> list) => list.Count;

    private static int EnumerateDictionary<TKey, TValue>(Dictionary<TKey, TValue> dictionary)
        where TKey : notnull
    {
        var seen = 0;
        foreach (var _ in dictionary)
        {
            seen++;
            SchedulingPoint.Interleave();
        }

        return seen;
    }

    private static int EnumerateSet<T>(HashSet<T> set)
    {
        var seen = 0;
        foreach (var _ in set)
        {
            seen++;
            SchedulingPoint.Interleave();
        }

        return seen;
    }

    private static int EnumerateList<T>(List<T> list)
    {
        var seen = 0;
        foreach (var _ in list)
        {
            seen++;
            SchedulingPoint.Interleave();
        }

        return seen;
    }

    private static int EnumerateAny(IEnumerable items)
    {
        var seen = 0;
        foreach (var _ in items)
        {
            seen++;
            SchedulingPoint.Interleave();
        }

        return seen;
    }
}

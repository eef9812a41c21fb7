using Mono.Cecil;

namespace StressMaps.Rewriting;

/// <summary>How a field reads in a race report: <c>Type.Field</c>, an auto-property's backing field by its property's name.</summary>
internal static class FieldNames
{
    public static string Of(FieldReference field)
    {
        var type = field.DeclaringType.Name;
        var name = field.Name;
        const string BackingSuffix = ">k__BackingField";
        if (name.StartsWith('<') && name.EndsWith(BackingSuffix, StringComparison.Ordinal))
        {
            name = name[1..^BackingSuffix.Length];
        }

        var tick = type.IndexOf('`');
        return $"{(tick < 0 ? type : type[..tick])}.{name}";
    }
}

using System.Reflection;
using System.Text.Json.Serialization;

namespace StressMaps.Harness.Targets.Operations;

/// <summary>
/// One operation of a target class, found by reflection: the member it calls, the parameters it takes,
/// the domains its arguments are drawn from, and what it hands out. Every part but <see cref="Method"/>
/// is plain data; <see cref="OperationModel.Find"/> binds a stored name back to the member.
/// </summary>
/// <param name="Name">Unique within the model, and what a stored step names: the member's name (<c>Register</c>, <c>Count</c>),
/// <c>set_Name</c> for a setter, <c>Item</c>/<c>set_Item</c> for an indexer, and the parameter types appended when a method is overloaded (<c>Add(string,int)</c>).</param>
/// <param name="Member">The member's own name (<c>Register</c>, <c>Count</c>), which <c>--operations</c>, <c>--exclude</c> and <c>--relaxed</c> also accept.</param>
/// <param name="Kind">Method, getter or setter.</param>
/// <param name="Parameters">The parameter types, as C# writes them (<c>string</c>, <c>int?</c>, <c>Color</c>).</param>
/// <param name="Domains">For each parameter, the values arguments are drawn from.</param>
/// <param name="Returns">The return type as C# writes it (<c>void</c>, <c>Dictionary&lt;string,string&gt;</c>).</param>
/// <param name="HandOut">What the operation hands its caller.</param>
/// <param name="Method">The method called (a property's accessor for a getter or setter).</param>
public sealed record TargetOperation(
    string Name,
    string Member,
    MemberKind Kind,
    IReadOnlyList<string> Parameters,
    IReadOnlyList<IReadOnlyList<ArgumentValue>> Domains,
    string Returns,
    HandOutKind HandOut,
    [property: JsonIgnore] MethodInfo Method)
{
    /// <summary>Whether the operation may change the target, as far as its shape tells: setters and methods do, getters do not.</summary>
    public bool MayWrite => Kind != MemberKind.Getter;

    /// <summary>The operation as the run lists it: <c>Register(string, string)</c>, <c>Count</c>, <c>Limit = int</c>, <c>Current() -> Dictionary&lt;string,string&gt; (hands out)</c>.</summary>
    public string Signature => Kind switch
    {
        MemberKind.Getter when Parameters.Count == 0 => $"{Member} -> {Returns}",
        MemberKind.Getter => $"this[{string.Join(", ", Parameters)}] -> {Returns}",
        MemberKind.Setter when Parameters.Count == 1 => $"{Member} = {Parameters[0]}",
        MemberKind.Setter => $"this[{string.Join(", ", Parameters.SkipLast(1))}] = {Parameters[^1]}",
        _ => $"{Member}({string.Join(", ", Parameters)}) -> {Returns}",
    } + (HandOut == HandOutKind.None ? "" : " (hands out)");

    /// <summary>A call of this operation with <paramref name="arguments"/>, as the tables print it.</summary>
    public string Format(IReadOnlyList<ArgumentValue> arguments) => Kind switch
    {
        MemberKind.Getter when arguments.Count == 0 => Member,
        MemberKind.Getter => $"this[{string.Join(", ", arguments)}]",
        MemberKind.Setter when arguments.Count == 1 => $"{Member} = {arguments[0]}",
        MemberKind.Setter => $"this[{string.Join(", ", arguments.SkipLast(1))}] = {arguments[^1]}",
        _ => $"{Member}({string.Join(", ", arguments)})",
    };
}

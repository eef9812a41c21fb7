using Mono.Cecil;

namespace StressMaps.Rewriting;

/// <summary>The methods of StressMaps.Controlled that the pass calls or redirects to, found by name and signature.</summary>
internal sealed class ControlledMembers(ModuleDefinition controlled)
{
    private const string Namespace = "StressMaps.Controlled";

    /// <summary>StressMaps.Controlled itself, where the footprint notes live.</summary>
    public ModuleDefinition Module => controlled;

    /// <summary><c>FieldAccess.Interleave(string field, string site, bool write)</c>: the point, counted for coverage.</summary>
    public MethodDefinition InterleaveAt { get; } = Static(controlled, "FieldAccess", "Interleave", 3);

    /// <summary><c>FieldAccess.Collection(string collection, string site, bool write)</c>: notes the stack before a checked-collection call and counts it.</summary>
    public MethodDefinition Collection { get; } = Static(controlled, "FieldAccess", "Collection", 3);

    /// <summary><c>FieldAccess.NoteCall(string call)</c>: notes the stack before a call that waits or signals.</summary>
    public MethodDefinition NoteCall { get; } = Static(controlled, "FieldAccess", "NoteCall", 1);

    /// <summary>The stand-in in <paramref name="typeName"/> named <paramref name="name"/> whose parameters read <paramref name="parameters"/>, or null.</summary>
    public MethodDefinition? StandIn(string typeName, string name, IReadOnlyList<string> parameters) =>
        TypeOf(controlled, typeName).Methods.FirstOrDefault(method =>
            method.IsStatic && method.IsPublic && method.Name == name
            && method.Parameters.Select(parameter => Signatures.Of(parameter.ParameterType)).SequenceEqual(parameters));

    private static MethodDefinition Static(ModuleDefinition module, string typeName, string name, int parameters) =>
        TypeOf(module, typeName).Methods.Single(method => method.IsStatic && method.Name == name && method.Parameters.Count == parameters);

    private static TypeDefinition TypeOf(ModuleDefinition module, string typeName) =>
        module.GetType($"{Namespace}.{typeName}")
        ?? throw new InvalidOperationException($"{module.FileName} has no {Namespace}.{typeName}; is it StressMaps.Controlled?");
}

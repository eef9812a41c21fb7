using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Harness.Targets;

/// <summary>
/// A user's class as a target: its operation model, fresh instances, and the operations whose answers
/// its author documents as weak (<c>--relaxed</c>), which the linearizability oracle does not compare.
/// </summary>
/// <param name="Type">The class.</param>
/// <param name="Model">Its operations, after <c>--operations</c> and <c>--exclude</c>.</param>
/// <param name="CreateInstance">Makes a fresh instance with the public parameterless constructor.</param>
/// <param name="Relaxed">Names of operations (or members) whose answers are not judged.</param>
public sealed record ClassTarget(Type Type, OperationModel Model, Func<object> CreateInstance, IReadOnlyList<string> Relaxed)
{
    /// <summary>Whether the answer of <paramref name="operation"/> is relaxed.</summary>
    public bool IsRelaxed(TargetOperation operation) => Relaxed.Any(name => OperationSelection.Matches(operation, name));
}

namespace StressMaps.Harness.Targets.Operations;

/// <summary>
/// A target class as StressMaps sees it: the operations a caller can make on it (found by
/// <see cref="OperationDiscovery"/>), and the public members it left out, each with its reason.
/// </summary>
/// <param name="TypeName">The class's full name, a closed generic as C# writes it (<c>System.Collections.Generic.Dictionary&lt;int,string&gt;</c>).</param>
/// <param name="Operations">The operations, ordered by name (a stable order, so generation does not depend on reflection's).</param>
/// <param name="Skipped">The public members that are not operations, and why.</param>
public sealed record OperationModel(string TypeName, IReadOnlyList<TargetOperation> Operations, IReadOnlyList<SkippedMember> Skipped)
{
    /// <summary>The operation a stored step names, or null.</summary>
    public TargetOperation? Find(string name) => Operations.FirstOrDefault(operation => operation.Name == name);

    /// <summary>Whether some operation is asynchronous: its callers then await each call (<see cref="AsyncReturns"/>).</summary>
    public bool HasAsync => Operations.Any(operation => AsyncReturns.IsAsync(operation.Method.ReturnType));

    /// <summary>The operations that hand something out.</summary>
    public IReadOnlyList<TargetOperation> HandOuts => Operations.Where(operation => operation.HandOut != HandOutKind.None).ToList();
}

namespace StressMaps.Harness.Targets.Operations;

/// <summary>
/// Applies <c>--operations A,B</c> (keep only these) and <c>--exclude C</c> (drop these) to a model.
/// A name matches an operation's unique name (<c>set_Limit</c>, <c>Add(string,int)</c>) or its member's name
/// (<c>Limit</c> matches the getter and the setter). A dropped operation is listed as skipped, with why.
/// </summary>
public static class OperationSelection
{
    /// <summary>
    /// <paramref name="model"/> narrowed to <paramref name="only"/> (all when empty) minus <paramref name="exclude"/>;
    /// throws <see cref="ArgumentException"/> naming an unknown name and the known ones.
    /// </summary>
    public static OperationModel Apply(OperationModel model, IReadOnlyCollection<string> only, IReadOnlyCollection<string> exclude)
    {
        foreach (var name in only.Concat(exclude).Where(name => !model.Operations.Any(operation => Matches(operation, name))))
        {
            throw new ArgumentException(
                $"{model.TypeName} has no operation '{name}'; its operations: {string.Join(", ", model.Operations.Select(operation => operation.Name))}");
        }

        var dropped = new List<SkippedMember>();
        var kept = new List<TargetOperation>();
        foreach (var operation in model.Operations)
        {
            if (only.Count > 0 && !only.Any(name => Matches(operation, name)))
            {
                dropped.Add(new SkippedMember(operation.Name, "not named by --operations") { WritesState = StateWrites.Of(operation.Method) });
            }
            else if (exclude.Any(name => Matches(operation, name)))
            {
                dropped.Add(new SkippedMember(operation.Name, "excluded by --exclude") { WritesState = StateWrites.Of(operation.Method) });
            }
            else
            {
                kept.Add(operation);
            }
        }

        return model with { Operations = kept, Skipped = model.Skipped.Concat(dropped).ToList() };
    }

    /// <summary>Whether <paramref name="name"/> names <paramref name="operation"/>, by its unique name or its member's name (ignoring case).</summary>
    public static bool Matches(TargetOperation operation, string name) =>
        string.Equals(operation.Name, name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(operation.Member, name, StringComparison.OrdinalIgnoreCase);
}

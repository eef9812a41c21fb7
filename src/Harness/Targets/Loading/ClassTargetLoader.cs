using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// Makes a target of a class that implements neither map interface: its operation model, narrowed by
/// the options, and a factory of fresh instances. What cannot be explored is a <see cref="TargetRejectedException"/> of one line.
/// </summary>
public static class ClassTargetLoader
{
    /// <summary>The target for <paramref name="type"/> (concrete, made as <see cref="ConstructionFinder"/> finds), judged under <paramref name="contract"/>.</summary>
    public static Target Load(Type type, string summary, ThreadSafetyContract contract, ClassTargetOptions options, TargetFactory? made = null)
    {
        var name = UserTargetLoader.ReadableName(type);
        if (type.IsValueType)
        {
            throw new TargetRejectedException($"{name} is a struct; StressMaps explores one instance of a class shared by concurrent callers");
        }

        if (contract != ThreadSafetyContract.ThreadSafe)
        {
            throw new TargetRejectedException(
                $"--contract {ContractNames.Of(contract)} applies to map types; {name} is judged by linearizability against itself run one call at a time (thread-safe)");
        }

        var model = Narrow(OperationDiscovery.Discover(type, options.Domains), options);
        if (model.Operations.Count == 0)
        {
            var skipped = model.Skipped.Count == 0 ? "" : $"; {string.Join("; ", model.Skipped)}";
            throw new TargetRejectedException(
                $"{name} has no operation StressMaps can call (public instance methods and properties taking string, bool, integer, char or enum arguments){skipped}");
        }

        var factory = made ?? ConstructionFinder.Find(type, options.Domains, options.Factory, options.Recorded);
        var create = factory.Create;
        var classTarget = new ClassTarget(type, model, create, options.Relaxed);
        var relaxed = options.Relaxed.Count == 0 ? "" : $"; answers relaxed: {string.Join(", ", options.Relaxed)}";
        return new Target(name, $"{summary}; {model.Operations.Count} operations{relaxed}", contract, () => throw NotAMap(name))
        {
            Class = classTarget,
            Construction = factory.Construction,
        };
    }

    private static OperationModel Narrow(OperationModel model, ClassTargetOptions options)
    {
        try
        {
            var narrowed = OperationSelection.Apply(model, options.Operations, options.Exclude);
            // Relaxed names are checked against the whole model: relaxing an excluded operation is harmless.
            OperationSelection.Apply(model, options.Relaxed, []);
            return narrowed;
        }
        catch (ArgumentException unknown)
        {
            throw new TargetRejectedException(unknown.Message);
        }
    }

    private static InvalidOperationException NotAMap(string name) =>
        new($"{name} is a class target: its scenarios call its own operations, not a map's.");
}

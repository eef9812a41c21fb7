using System.CommandLine;
using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Sessions.Workers;

namespace StressMaps.Cli.Inputs;

/// <summary>The options that point a run at a user's own map types instead of the built-in variants.</summary>
public sealed class TargetInputs
{
    /// <summary>--assembly.</summary>
    public Option<string> Assembly { get; } = new("--assembly", "-a")
    {
        Description = "The .dll holding your map types. A copy is rewritten for Coyote into a cache folder; your files are not touched.",
    };

    /// <summary>--type.</summary>
    public Option<string[]> Types { get; } = new("--type", "-t")
    {
        Description = "Full name of a type to explore (repeatable): a public class, made by --factory, a public constructor or static factory taking string/integer/bool/enum arguments, or its parameterless constructor. "
            + "A map (IDictionary<string,int>, IMap<string,int>) runs the map scenarios; any other class runs its own operations, found by reflection. "
            + "Open generics are closed over string keys and int values (Set`1 as Set<string>, MyMap`2 as MyMap<string,int>); name other type arguments as C# does ('MyMap<int,string>'). "
            + "Without --assembly, a framework type such as System.Collections.Generic.SortedDictionary`2.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>--contract.</summary>
    public Option<string> Contract { get; } = new("--contract")
    {
        Description = $"What the types promise about concurrent calls: {string.Join(", ", ContractNames.All)}.",
        DefaultValueFactory = _ => ContractNames.ThreadSafe,
    };

    /// <summary>--generate.</summary>
    public Option<int?> Generate { get; } = new("--generate", "-g")
    {
        Description = $"Random small scenarios to add to the catalog (default {ScenarioGenerator.DefaultCount} with --type, 0 otherwise).",
    };

    /// <summary>--field-interleaving.</summary>
    public Option<bool> FieldInterleaving { get; } = new("--field-interleaving")
    {
        Description = "Interleave at every field access inside rewritten user code (finds races on plain fields; slower). "
            + "Coyote 1.7.11 does not interleave inside property getters and setters.",
        DefaultValueFactory = _ => true,
    };

    /// <summary>The options that shape a class target.</summary>
    public ClassTargetInputs Class { get; } = new();

    /// <summary>Adds these options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        Class.AddTo(command);
        command.Options.Add(Assembly);
        command.Options.Add(Types);
        command.Options.Add(Contract);
        command.Options.Add(Generate);
        command.Options.Add(FieldInterleaving);
    }

    /// <summary>Whether the run is about named types or generated scenarios, rather than the built-in matrix.</summary>
    public bool Requested(ParseResult parsed) =>
        Named(parsed) || parsed.GetValue(Assembly) is not null || GenerateCount(parsed) > 0;

    /// <summary>Whether the user named types of their own.</summary>
    public bool Named(ParseResult parsed) => (parsed.GetValue(Types) ?? []).Length > 0;

    /// <summary>How many scenarios to generate.</summary>
    public int GenerateCount(ParseResult parsed)
    {
        var count = parsed.GetValue(Generate) ?? (Named(parsed) ? ScenarioGenerator.DefaultCount : 0);
        return count is >= 0 and <= 10_000
            ? count
            : throw new UsageException($"--generate must be a whole number from 0 to 10000; got {count}.");
    }

    /// <summary>
    /// Where the run's targets come from, checked without loading anything (loading runs the user's code, which
    /// only a worker does): the named types, or the built-in maps in <paramref name="maps"/>. A malformed option
    /// is a <see cref="UsageException"/>.
    /// </summary>
    public UserTargetsSpec Spec(ParseResult parsed, string[]? maps)
    {
        var assembly = parsed.GetValue(Assembly);
        var types = parsed.GetValue(Types) ?? [];
        if (types.Length == 0 && assembly is not null)
        {
            throw new UsageException("--assembly needs at least one --type naming the map type to explore.");
        }

        if (types.Length > 0 && maps is { Length: > 0 })
        {
            throw new UsageException("--maps names built-in maps; with --type, the run explores the named types only.");
        }

        var typedContract = parsed.GetValue(Contract) ?? ContractNames.ThreadSafe;
        var contract = ContractNames.Parse(typedContract)
            ?? throw new UsageException($"unknown contract '{typedContract}'. Valid contracts: {string.Join(", ", ContractNames.All)}.");
        return new UserTargetsSpec(assembly, types, contract, Class.Parse(parsed), parsed.GetValue(FieldInterleaving), maps ?? []);
    }
}

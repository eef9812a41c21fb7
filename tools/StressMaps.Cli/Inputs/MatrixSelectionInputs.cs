using System.CommandLine;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Cli.Inputs;

/// <summary>--maps and --scenarios: which cells of the matrix a command works on.</summary>
public sealed class MatrixSelectionInputs
{
    /// <summary>--maps.</summary>
    public Option<string[]> Maps { get; } = new("--maps", "-m")
    {
        Description = $"Maps, comma-separated or repeated (default: all): {string.Join(", ", TargetCatalog.BuiltIn.Select(map => map.Name))}.",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>--scenarios.</summary>
    public Option<string[]> Scenarios { get; } = new("--scenarios", "-c")
    {
        Description = $"Scenarios (default: all): {string.Join(", ", ScenarioCatalog.All.Select(scenario => scenario.Name))}.",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Adds these options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Maps);
        command.Options.Add(Scenarios);
    }

    /// <summary>The scenarios named, in catalog order.</summary>
    public IReadOnlyList<Scenario> ReadScenarios(ParseResult parsed) =>
        NameListInput.Resolve(parsed.GetValue(Scenarios), ScenarioCatalog.All, scenario => scenario.Name, "scenario");

    /// <summary>The maps named, in catalog order.</summary>
    public IReadOnlyList<Target> ReadMaps(ParseResult parsed) =>
        NameListInput.Resolve(parsed.GetValue(Maps), TargetCatalog.BuiltIn, map => map.Name, "map");
}

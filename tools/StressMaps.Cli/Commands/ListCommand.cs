using System.CommandLine;
using Spectre.Console;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Cli.Commands;

/// <summary><c>stressmaps list</c>: the maps, scenarios and strategies a run can name.</summary>
public static class ListCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("list", "List the maps, scenarios and strategies.");
        command.SetAction(_ =>
        {
            var maps = new Table().Border(TableBorder.Simple).Title("[bold]maps[/]").AddColumns("name", "what it is");
            foreach (var map in TargetCatalog.BuiltIn)
            {
                maps.AddRow(Markup.Escape(map.Name), Markup.Escape(map.Summary));
            }

            var scenarios = new Table().Border(TableBorder.Simple).Title("[bold]scenarios[/]").AddColumns("name", "tasks", "what it shows");
            foreach (var scenario in ScenarioCatalog.All)
            {
                var tasks = string.Join(" ‖ ", scenario.Tasks.Select(task => string.Join("; ", task)));
                scenarios.AddRow(Markup.Escape(scenario.Name), Markup.Escape(tasks), Markup.Escape(scenario.Summary));
            }

            var dictionaryScenarios = new Table().Border(TableBorder.Simple)
                .Title("[bold]scenarios for --type targets[/] (with the map scenarios they support, and generated ones)")
                .AddColumns("name", "tasks", "what it shows");
            foreach (var scenario in DictionaryScenarioCatalog.All)
            {
                var tasks = string.Join(" ‖ ", scenario.Tasks.Select(task => string.Join("; ", task)));
                dictionaryScenarios.AddRow(Markup.Escape(scenario.Name), Markup.Escape(tasks), Markup.Escape(scenario.Summary));
            }

            console.Write(maps);
            console.Write(scenarios);
            console.Write(dictionaryScenarios);
            console.MarkupLine(Markup.Escape($"contracts (--contract): {string.Join(", ", ContractNames.All)} (default {ContractNames.ThreadSafe})"));
            console.MarkupLine(Markup.Escape($"strategies: {string.Join(", ", StrategyName.All)} (default {StrategyName.Portfolio})"));
            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using System.CommandLine.Parsing;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Cli.ScaleOut;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Sessions.Workers;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps test --assembly Tests.dll --method Ns.Type.Method</c>: runs a user's own concurrent test methods
/// under exploration, each a target of the one scenario <see cref="ConcurrentTestScenario.Instance"/>, in worker
/// processes under the watchdog as <c>run --type</c> does: the same rewriting, shrinking, bundles, reports and exit codes.
/// </summary>
public static class TestCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "test";

    /// <summary>Builds the command; the tests run in worker processes, which plan from the typed plan alone.</summary>
    internal static Command Create(IAnsiConsole console)
    {
        var assembly = new Option<string>("--assembly", "-a") { Description = "The .dll holding your test methods. A copy is rewritten for Coyote into a cache folder; your files are not touched.", Required = true };
        var methods = new Option<string[]>("--method")
        {
            Description = "Full name of a test method (Namespace.Type.Method; repeatable): public static, taking nothing, returning void, Task or ValueTask.",
        };
        var patterns = new Option<string[]>("--methods")
        {
            Description = "A pattern over full method names, * for any text ('Ns.Type.*'; repeatable): every public static test method that matches.",
        };
        var fieldInterleaving = new Option<bool>("--field-interleaving")
        {
            Description = "Interleave at every field access inside the rewritten tests (finds races on plain fields; slower).",
            DefaultValueFactory = _ => true,
        };
        var output = OutputInput.Create("Folder for run.json, the bundles and the reports.");
        var exploration = new ExplorationInputs();
        var noShrink = new Option<bool>("--no-shrink") { Description = "Write each bug as found, without shrinking its schedule." };
        var formats = new ReportFormatInput(ExporterRegistry.RunDefaults);
        var watchdog = new WatchdogInputs();

        var command = new Command(Name, "Run your own concurrent test methods under systematic exploration: exit 2 on a failing schedule, with a bundle that replays it.");
        command.Options.Add(assembly);
        command.Options.Add(methods);
        command.Options.Add(patterns);
        command.Options.Add(fieldInterleaving);
        exploration.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(noShrink);
        formats.AddTo(command);
        watchdog.AddTo(command);
        command.SetAction((parsed, cancellation) =>
        {
            var options = exploration.Read(parsed) with { InterleaveMemoryAccesses = parsed.GetValue(fieldInterleaving) };
            var named = (parsed.GetValue(methods) ?? []).Concat(parsed.GetValue(patterns) ?? []).ToList();
            if (named.Count == 0)
            {
                throw new UsageException("name the tests to run with --method Ns.Type.Method or --methods 'Ns.Type.*'.");
            }

            var folder = OutputInput.Prepare(parsed, output);
            var tests = new ConcurrentTestsSpec(parsed.GetValue(methods) ?? [], parsed.GetValue(patterns) ?? []);
            var targets = new UserTargetsSpec(parsed.GetValue(assembly), named, ThreadSafetyContract.ThreadSafe, ClassTargetOptions.Default,
                options.InterleaveMemoryAccesses, []);
            var plan = new UserRunPlan(targets, [], Generate: 0, options, folder.Path) { Shrink = !parsed.GetValue(noShrink), Tests = tests };
            var watched = new WatchedRunRequest(plan, folder, watchdog.Read(parsed), WorkerStart.Create) { Formats = formats.Read(parsed) };
            using var written = new StringWriter();
            var outcome = WatchedRunSession.Run(watched, new SessionOutput(Console.Error, written, Environment.GetEnvironmentVariable), cancellation);
            TestVerdictList.Write(console, outcome.Run);
            Console.Out.Write(written.ToString());
            BugExplanations.Write(console, outcome.Run.Cells.Where(cell => cell.Verdict == VerdictKind.Bug || cell.Verdict.StopsTheWorker()).ToList(), new RunReport(outcome.Run, outcome.Bundles));
            return Task.FromResult(outcome.ExitCode);
        });
        return command;
    }
}

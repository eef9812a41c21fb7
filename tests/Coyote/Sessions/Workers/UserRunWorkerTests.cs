using System.Text.Json;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Files;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Harness.Sessions.Workers;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;
using StressMaps.Harness.Verdicts;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Sessions.Workers;

/// <summary>A worker serves a user run from its typed plan alone: no command line, no CLI type on its path.</summary>
public class UserRunWorkerTests
{
    [Fact]
    public void WorkerExploresAUserTargetFromItsTypedPlanAndWritesTheBugsBundle()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-worker-plan-{Guid.NewGuid():N}");
        try
        {
            var events = Serve(Plan(folder, "pair-book-book-absent", "pair-book-book-present"));

            Assert.Equal(UserRunEvent.Planned, events.First(e => e.Event != UserRunEvent.Note).Event);
            var cells = events.Where(e => e.Event == UserRunEvent.Explored).Select(e => e.Cell!).ToList();
            Assert.Equal(["pair-book-book-absent", "pair-book-book-present"], cells.Select(cell => cell.Scenario));
            Assert.Equal([VerdictKind.Safe, VerdictKind.Bug], cells.Select(cell => cell.Verdict));
            var bundled = Assert.Single(events, e => e.Event == UserRunEvent.Bundled);
            Assert.True(File.Exists(Path.Combine(folder, bundled.Bundle!)), $"no bundle at {bundled.Bundle}");
            // After a bug the worker retires: the user's threads may still run, so the rest deserves a fresh process.
            Assert.Equal(UserRunEvent.Retired, events[^1].Event);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void TypeThatCannotBeLoadedIsRejectedInOneLine()
    {
        var plan = Plan(Path.GetTempPath(), "pair-book-book-absent") with
        {
            Targets = Targets with { Types = ["StressMaps.TestMaps.NoSuchType"] },
        };

        var events = Serve(plan);

        var rejected = Assert.Single(events);
        Assert.Equal(UserRunEvent.Rejected, rejected.Event);
        Assert.Contains("NoSuchType", rejected.Text);
        Assert.DoesNotContain('\n', rejected.Text!);
    }

    [Fact]
    public void TheWorkerPathDoesNotReferenceTheCommandLineTool()
    {
        var references = typeof(WorkerLoop).Assembly.GetReferencedAssemblies().Select(name => name.Name);

        Assert.DoesNotContain("stressmaps", references, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain("System.CommandLine", references);
    }

    private static UserTargetsSpec Targets => new(
        TestMaps.AssemblyPath, ["StressMaps.TestMaps.TicketCounter"], ThreadSafetyContract.ThreadSafe, ClassTargetOptions.Default, FieldInterleaving: true, Maps: []);

    private static UserRunPlan Plan(string folder, params string[] scenarios) =>
        new(Targets, scenarios, Generate: 0, new ExplorationOptions(Iterations: 100), folder) { Shrink = false };

    // The worker's conversation as the parent has it: one request line in, one event per line out.
    private static List<UserRunEvent> Serve(UserRunPlan plan)
    {
        var request = JsonSerializer.Serialize(new WorkerRequest(UserRun: new UserRunRequest(plan, [], [])), DocumentJson.Line);
        using var output = new StringWriter();
        WorkerLoop.Serve(new StringReader(request + "\n"), output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<UserRunEvent>(line, DocumentJson.Line)!)
            .ToList();
    }
}

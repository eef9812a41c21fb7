using System.Globalization;
using System.Xml.Linq;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>
/// JUnit XML: a test case per cell. A cell fails when its verdict disagrees with its expectation (as
/// the exit code does); every bug, expected or not, carries its message and replay command. A run
/// stopped early is marked partial and carries one erroring test case, so CI does not read it as green.
/// </summary>
public sealed class JUnitExporter : FileExporter
{
    /// <inheritdoc />
    public override string Format => "junit";

    /// <inheritdoc />
    public override string FileName => "junit.xml";

    /// <inheritdoc />
    public override string Render(RunReport report)
    {
        var run = report.Run;
        var cases = run.Cells.Select(cell =>
        {
            var bundle = report.BundleOf(cell);
            // Where the tasks were in the user's code follows the replay command, when the bundle's replay saw any.
            var replay = (bundle?.ReplayCommand ?? "(no bundle)")
                + (bundle is not null && UserCodeText.Lines(bundle, asFound: true) is { Count: > 0 } code ? "\n" + string.Join('\n', code) : "");
            var element = new XElement("testcase",
                new XAttribute("classname", $"stressmaps.{cell.Scenario}"),
                new XAttribute("name", cell.Map),
                new XAttribute("time", cell.ElapsedSeconds.ToString("0.000", CultureInfo.InvariantCulture)));
            if (cell.Verdict == VerdictKind.Skipped)
            {
                element.Add(new XElement("skipped", new XAttribute("message", cell.Reason)));
            }
            else if (!cell.Matches)
            {
                var bug = cell.Verdict == VerdictKind.Bug;
                var message = bug
                    ? $"unexpected bug: {cell.BugMessage}"
                    : $"expected a bug ({cell.Reason}) but {ProofWording.Claim(cell)}";
                element.Add(new XElement("failure", new XAttribute("message", message), new XAttribute("type", cell.Verdict.Word()),
                    bug ? $"{cell.BugMessage}\nreplay: {replay}" : message));
            }

            if (cell is { Verdict: VerdictKind.Bug, Matches: true })
            {
                element.Add(new XElement("system-out", $"expected bug: {cell.BugMessage}\nreplay: {replay}"));
            }
            else if (cell.Verdict is VerdictKind.Safe or VerdictKind.Proved)
            {
                element.Add(new XElement("system-out", ProofWording.Claim(cell)));
            }

            return element;
        }).ToList();

        var suite = new XElement("testsuite",
            new XAttribute("name", "stressmaps"),
            new XAttribute("tests", run.Cells.Count + (run.Partial ? 1 : 0)),
            new XAttribute("failures", run.Cells.Count(cell => cell.Verdict != VerdictKind.Skipped && !cell.Matches)),
            new XAttribute("skipped", run.Cells.Count(cell => cell.Verdict == VerdictKind.Skipped)),
            new XAttribute("time", run.ElapsedSeconds.ToString("0.000", CultureInfo.InvariantCulture)));
        if (run.Partial)
        {
            suite.Add(new XAttribute("errors", 1), new XElement("properties", new XElement("property", new XAttribute("name", "partial"), new XAttribute("value", "true"))));
            cases.Add(new XElement("testcase", new XAttribute("classname", "stressmaps.run"), new XAttribute("name", "stopped-early"),
                new XElement("error", new XAttribute("message", $"the run was stopped after {run.Cells.Count} cells, before every cell finished"))));
        }

        suite.Add(cases);
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + new XElement("testsuites", suite) + "\n";
    }
}

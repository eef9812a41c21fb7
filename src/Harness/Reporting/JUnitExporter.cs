using System.Globalization;
using System.Xml.Linq;

namespace StressMaps.Harness.Reporting;

/// <summary>
/// JUnit XML: a test case per cell. A cell fails when its verdict disagrees with its expectation (as
/// the exit code does); every bug, expected or not, carries its message and replay command.
/// </summary>
public sealed class JUnitExporter : IReportExporter
{
    /// <inheritdoc />
    public string Format => "junit";

    /// <inheritdoc />
    public string FileName => "junit.xml";

    /// <inheritdoc />
    public string Render(RunReport report)
    {
        var run = report.Run;
        var cases = run.Cells.Select(cell =>
        {
            var bundle = report.BundleOf(cell);
            var replay = bundle?.ReplayCommand ?? "(no bundle)";
            var element = new XElement("testcase",
                new XAttribute("classname", $"stressmaps.{cell.Scenario}"),
                new XAttribute("name", cell.Map),
                new XAttribute("time", cell.ElapsedSeconds.ToString("0.000", CultureInfo.InvariantCulture)));
            if (cell.Verdict == "skipped")
            {
                element.Add(new XElement("skipped", new XAttribute("message", cell.Reason)));
            }
            else if (!cell.Matches)
            {
                var message = cell.Verdict == "bug"
                    ? $"unexpected bug: {cell.BugMessage}"
                    : $"expected a bug ({cell.Reason}) but {ProofWording.Claim(cell)}";
                element.Add(new XElement("failure", new XAttribute("message", message), new XAttribute("type", cell.Verdict),
                    cell.Verdict == "bug" ? $"{cell.BugMessage}\nreplay: {replay}" : message));
            }

            if (cell.Verdict == "bug" && cell.Matches)
            {
                element.Add(new XElement("system-out", $"expected bug: {cell.BugMessage}\nreplay: {replay}"));
            }
            else if (cell.Verdict is "safe" or "proved")
            {
                element.Add(new XElement("system-out", ProofWording.Claim(cell)));
            }

            return element;
        }).ToList();

        var suite = new XElement("testsuite",
            new XAttribute("name", "stressmaps"),
            new XAttribute("tests", run.Cells.Count),
            new XAttribute("failures", run.Cells.Count(cell => cell.Verdict != "skipped" && !cell.Matches)),
            new XAttribute("skipped", run.Cells.Count(cell => cell.Verdict == "skipped")),
            new XAttribute("time", run.ElapsedSeconds.ToString("0.000", CultureInfo.InvariantCulture)),
            cases);
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + new XElement("testsuites", suite) + "\n";
    }
}

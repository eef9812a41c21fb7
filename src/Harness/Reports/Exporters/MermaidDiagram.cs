using System.Text;
using StressMaps.Harness.Bundles;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>A Mermaid sequence diagram of a bug: each task talks to the map; preemptions and the conflict are notes.</summary>
public static class MermaidDiagram
{
    /// <summary>The diagram's source, without the Markdown fence.</summary>
    public static string Render(BugBundle bundle)
    {
        var text = new StringBuilder();
        text.AppendLine("sequenceDiagram");
        foreach (var task in InterleavingTable.Columns(bundle))
        {
            text.Append("    participant T").Append(task).Append(" as ").AppendLine(InterleavingTable.Header(task));
        }

        text.AppendLine("    participant M as map");
        foreach (var step in bundle.Schedule)
        {
            var who = $"T{step.Task}";
            if (step.Preemption)
            {
                text.Append("    Note over ").Append(who).AppendLine(": ⚡ preempts");
            }

            var label = Escape(InterleavingTable.Marked(step));
            var arrow = step.Phase switch
            {
                "begin" => $"{who}->>M",
                "inside" => $"M-->>{who}",
                "end" => $"M-->>{who}",
                _ => $"M--x{who}",
            };
            text.Append("    ").Append(arrow).Append(": ").AppendLine(label);
        }

        text.Append("    Note over M: ").AppendLine(Escape(bundle.Verdict.Message));
        return text.ToString();
    }

    // Mermaid ends a message at a newline or ';', reads '<' as the start of an HTML tag, and '#' starts its entity codes.
    private static string Escape(string text) => string.Concat(text.Select(c => c switch
    {
        '\r' or '\n' => " ",
        ';' => "#59;",
        '#' => "#35;",
        '<' => "#lt;",
        '>' => "#gt;",
        _ => c.ToString(),
    }));
}

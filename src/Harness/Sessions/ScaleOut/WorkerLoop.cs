using System.Text.Json;
using StressMaps.Harness.Files;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>
/// The worker side of <see cref="WorkerPool"/>: reads one <see cref="WorkRequest"/> per line, explores it,
/// and answers with one <see cref="Reports.RunFiles.CellRecord"/> per line, until its input closes. Nothing else
/// goes to <c>output</c>.
/// </summary>
public static class WorkerLoop
{
    /// <summary>
    /// Serves requests from <paramref name="input"/> until it closes or <paramref name="cancellation"/> fires. A
    /// request that carries <c>arguments</c> (a run over a user's types) goes to <paramref name="userRun"/>, with a
    /// way to answer one line at a time.
    /// </summary>
    public static void Serve(TextReader input, TextWriter output, CancellationToken cancellation = default, Action<string, Action<object>>? userRun = null)
    {
        void Answer(object message)
        {
            output.WriteLine(JsonSerializer.Serialize(message, DocumentJson.Line));
            output.Flush();
        }

        while (!cancellation.IsCancellationRequested && input.ReadLine() is { } line)
        {
            if (userRun is not null && line.Contains("\"arguments\"", StringComparison.Ordinal))
            {
                userRun(line, Answer);
                continue;
            }

            var request = JsonSerializer.Deserialize<WorkRequest>(line, DocumentJson.Line)
                ?? throw new InvalidDataException("empty work request");
            Answer(UnitRunner.Run(request.Unit, request.RunOptions));
        }
    }
}

using System.Text.Json;
using StressMaps.Harness.Documents;

namespace StressMaps.Harness.ScaleOut;

/// <summary>
/// The worker side of <see cref="WorkerPool"/>: reads one <see cref="WorkRequest"/> per line, explores it,
/// and answers with one <see cref="RunFiles.CellRecord"/> per line, until its input closes. Nothing else
/// goes to <c>output</c>.
/// </summary>
public static class WorkerLoop
{
    /// <summary>Serves requests from <paramref name="input"/> until it closes or <paramref name="cancellation"/> fires.</summary>
    public static void Serve(TextReader input, TextWriter output, CancellationToken cancellation = default)
    {
        while (!cancellation.IsCancellationRequested && input.ReadLine() is { } line)
        {
            var request = JsonSerializer.Deserialize<WorkRequest>(line, DocumentJson.Line)
                ?? throw new InvalidDataException("empty work request");
            var record = UnitRunner.Run(request.Unit, request.RunOptions);
            output.WriteLine(JsonSerializer.Serialize(record, DocumentJson.Line));
            output.Flush();
        }
    }
}

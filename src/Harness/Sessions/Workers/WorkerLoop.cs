using System.Text.Json;
using StressMaps.Harness.Files;
using StressMaps.Harness.Sessions.ScaleOut;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Status;

namespace StressMaps.Harness.Sessions.Workers;

/// <summary>
/// The worker side of <see cref="WorkerProcess"/>: reads one <see cref="WorkerRequest"/> per line and answers
/// on <c>output</c>, one JSON line at a time, until its input closes. A unit of the built-in matrix gets its
/// cell record; a user run gets its events (<see cref="UserRunWorker"/>); a user's bundle is replayed or
/// shrunk (<see cref="BundleJobWorker"/>). Nothing else goes to <c>output</c>,
/// and nothing here parses a command line: the request is the whole plan.
/// </summary>
public static class WorkerLoop
{
    /// <summary>Serves requests from <paramref name="input"/> until it closes or <paramref name="cancellation"/> fires.</summary>
    public static void Serve(TextReader input, TextWriter output, CancellationToken cancellation = default)
    {
        void Answer(object message)
        {
            output.WriteLine(JsonSerializer.Serialize(message, DocumentJson.Line));
            output.Flush();
        }

        while (!cancellation.IsCancellationRequested && input.ReadLine() is { } line)
        {
            var request = JsonSerializer.Deserialize<WorkerRequest>(line, DocumentJson.Line)
                ?? throw new InvalidDataException("empty worker request");
            switch (request)
            {
                case { UserRun: { } userRun }:
                    UserRunWorker.Run(userRun, Answer, cancellation);
                    break;
                case { Bundle: { } job }:
                    BundleJobWorker.Run(job, Answer, cancellation);
                    break;
                case { Unit: { } unit }:
                    Answer(UnitRunner.Run(unit.Unit, unit.RunOptions));
                    break;
                default:
                    throw new InvalidDataException("a worker request names neither a unit nor a user run");
            }
        }
    }
}

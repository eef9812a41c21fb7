using System.Diagnostics;

namespace StressMaps.Tests.Cli;

/// <summary>Runs the built <c>stressmaps</c> tool as a user would, and captures what it printed.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(params string[] arguments) => RunWith(new Dictionary<string, string>(), arguments);

    public static Result RunWith(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "stressmaps.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Capture(start);
    }

    /// <summary>Starts <paramref name="start"/> (its output redirected), waits at most 3 minutes, and returns what it printed.</summary>
    public static Result Capture(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in 3 minutes");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }
}

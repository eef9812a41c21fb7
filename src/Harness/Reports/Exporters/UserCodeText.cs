using StressMaps.Harness.Bundles;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>
/// Where each task of a bug was in the user's code, as every report prints it: for a race on a field the
/// two tasks' frames first (Go's race detector prints the same pair), then where each other task last was.
/// </summary>
public static class UserCodeText
{
    /// <summary>
    /// The paragraph's lines, or none when the bundle's replay ran no user code. Tasks are numbered as the bundle's
    /// scenario numbers them, or with <paramref name="asFound"/> as the scenario as found (before shrinking dropped a
    /// task), for text printed beside the cell's own history table and steps.
    /// </summary>
    public static IReadOnlyList<string> Lines(BugBundle bundle, bool asFound = false)
    {
        var numbers = asFound ? bundle.Shrinking?.TasksAsFound : null;
        int Number(int task) => numbers is not null && task >= 1 && task <= numbers.Count ? numbers[task - 1] : task;
        var framesByTask = bundle.Verdict.Stacks
            .Where(stack => stack.UserFrames is { Count: > 0 })
            .ToDictionary(stack => Number(stack.Task), stack => stack.UserFrames!);
        if (framesByTask.Count == 0)
        {
            return [];
        }

        var lines = new List<string>();
        var race = bundle.Verdict.Race is { } stored ? stored with { SwitchedAway = Number(stored.SwitchedAway), Meanwhile = Number(stored.Meanwhile) } : null;
        if (race is not null)
        {
            lines.Add($"Race on {race.Field}:");
            AddTask(lines, framesByTask, race.SwitchedAway, $"task {race.SwitchedAway} was switched away right before it touched {race.Field}, at");
            AddTask(lines, framesByTask, race.Meanwhile, $"task {race.Meanwhile} touched {race.Field} meanwhile, at");
        }
        else
        {
            lines.Add("Where each task was in the user's code:");
        }

        foreach (var task in framesByTask.Keys.Order().Where(task => race is null || (task != race.SwitchedAway && task != race.Meanwhile)))
        {
            AddTask(lines, framesByTask, task, $"task {task} was last in the user's code at");
        }

        return lines;
    }

    private static void AddTask(List<string> lines, Dictionary<int, IReadOnlyList<string>> framesByTask, int task, string heading)
    {
        lines.Add("  " + heading);
        lines.AddRange(framesByTask.GetValueOrDefault(task, ["(no frame of the user's code)"]).Select(frame => "    " + frame));
    }
}

using System.CommandLine;
using System.Globalization;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Cli.Inputs;

/// <summary>The options that shape a user's class as a target: which operations, whose answers are relaxed, which argument values.</summary>
public sealed class ClassTargetInputs
{
    /// <summary>--operations.</summary>
    public Option<string[]> Operations { get; } = new("--operations")
    {
        Description = "Keep only these operations of a class target (comma-separated or repeated; an operation's name or its member's).",
    };

    /// <summary>--exclude.</summary>
    public Option<string[]> Exclude { get; } = new("--exclude")
    {
        Description = "Drop these operations of a class target.",
    };

    /// <summary>--relaxed.</summary>
    public Option<string[]> Relaxed { get; } = new("--relaxed")
    {
        Description = "Do not judge these operations' answers (a Count documented as approximate); the verdict lists them.",
    };

    /// <summary>--factory.</summary>
    public Option<string> Factory { get; } = new("--factory")
    {
        Description = "Make the type's instances with this public static method (Type.Method, returning the type; its arguments from --keys/--integers). "
            + "Without it, a public constructor or static factory taking such arguments, else the parameterless constructor.",
    };

    /// <summary>--strict.</summary>
    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Exit 4 when a safe verdict is partial: a class target left out members that write its state (skipped or excluded).",
    };

    /// <summary>--keys.</summary>
    public Option<string[]> Keys { get; } = new("--keys")
    {
        Description = $"The strings string parameters take (default {string.Join(",", DomainOptions.Default.Keys)}; the first is the key pair scenarios share).",
    };

    /// <summary>--integers.</summary>
    public Option<string[]> Integers { get; } = new("--integers")
    {
        Description = $"The integers integer parameters take (default {string.Join(",", DomainOptions.Default.Integers)}; write --integers=-1,0,5 when the list starts with a minus).",
    };

    /// <summary>Adds these options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Operations);
        command.Options.Add(Exclude);
        command.Options.Add(Relaxed);
        command.Options.Add(Factory);
        command.Options.Add(Strict);
        command.Options.Add(Keys);
        command.Options.Add(Integers);
    }

    /// <summary>The class-target options as typed; a malformed value is a <see cref="UsageException"/>.</summary>
    public ClassTargetOptions Parse(ParseResult parsed)
    {
        var keys = List(parsed.GetValue(Keys));
        var integers = List(parsed.GetValue(Integers)).Select(text => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new UsageException($"--integers takes whole numbers; got '{text}'.")).Distinct().ToList();
        var domains = new DomainOptions(
            keys.Count > 0 ? keys.Distinct().ToList() : DomainOptions.Default.Keys,
            integers.Count > 0 ? integers : DomainOptions.Default.Integers);
        return new ClassTargetOptions(domains, List(parsed.GetValue(Operations)), List(parsed.GetValue(Exclude)), List(parsed.GetValue(Relaxed)))
        {
            Factory = parsed.GetValue(Factory),
        };
    }

    private static List<string> List(string[]? typed) =>
        (typed ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}

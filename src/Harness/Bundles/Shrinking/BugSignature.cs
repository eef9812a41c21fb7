using System.Text.RegularExpressions;

namespace StressMaps.Harness.Bundles.Shrinking;

/// <summary>
/// What makes two bug messages the same bug for shrinking: the exception type, "data race", or the
/// failed check without its numbers. A smaller scenario that crashes differently is another bug.
/// </summary>
public static partial class BugSignature
{
    /// <summary>The signature of <paramref name="message"/>.</summary>
    public static string Of(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return "";
        }

        if (message.StartsWith("Deadlock", StringComparison.Ordinal) || message.StartsWith("Lost wakeup", StringComparison.Ordinal))
        {
            return message.StartsWith('D') ? "deadlock" : "lost wakeup";
        }

        if (message.Contains("data race", StringComparison.Ordinal))
        {
            return "data race";
        }

        var exception = ExceptionType().Match(message);
        return exception.Success ? exception.Value : Digits().Replace(message, "#");
    }

    [GeneratedRegex(@"^[\w.]*Exception\b")]
    private static partial Regex ExceptionType();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}

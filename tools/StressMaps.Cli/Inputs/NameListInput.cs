using StressMaps.Harness.Sessions;

namespace StressMaps.Cli.Inputs;

/// <summary>Resolves a list of names typed by the user (repeated or comma-separated) against a catalog.</summary>
public static class NameListInput
{
    /// <summary>
    /// The items named in <paramref name="typed"/>, in catalog order; every item when nothing was typed.
    /// An unknown name is a <see cref="UsageException"/> naming the valid choices.
    /// </summary>
    public static IReadOnlyList<T> Resolve<T>(
        IEnumerable<string>? typed, IReadOnlyList<T> catalog, Func<T, string> nameOf, string what)
    {
        try
        {
            return NameSelection.Resolve(typed, catalog, nameOf, what);
        }
        catch (BadInputException error)
        {
            throw new UsageException(error.Message);
        }
    }
}

namespace StressMaps.Cli;

/// <summary>Bad input from the user: printed as one line, exit code 1.</summary>
public sealed class UsageException(string message) : Exception(message);

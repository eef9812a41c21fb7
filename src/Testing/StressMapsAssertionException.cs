namespace StressMaps.Testing;

/// <summary>A StressMaps assertion failed; the message carries the verdict, interleaving tables and bundle paths.</summary>
public sealed class StressMapsAssertionException(string message) : Exception(message);

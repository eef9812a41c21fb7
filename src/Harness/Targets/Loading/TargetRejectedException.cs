namespace StressMaps.Harness.Targets.Loading;

/// <summary>A type or assembly StressMaps cannot explore; the message is one line saying what is wrong and how to fix it.</summary>
public sealed class TargetRejectedException(string message) : Exception(message);

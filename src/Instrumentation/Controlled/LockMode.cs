namespace StressMaps.Controlled;

/// <summary>The three ways a <see cref="ReaderWriterLockSlim"/> is held.</summary>
internal enum LockMode
{
    Read,
    Upgradeable,
    Write,
}

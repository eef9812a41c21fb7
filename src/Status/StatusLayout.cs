namespace StressMaps.Status;

/// <summary>
/// Where things sit in the board file: a progress counter, the phase, and a few slots of operations in
/// flight, each text stored as a 32-bit byte length and UTF-8 bytes.
/// </summary>
internal static class StatusLayout
{
    /// <summary>The file's size.</summary>
    public const int Size = 4096;

    /// <summary>Bumped on every phase change and every operation begun or ended.</summary>
    public const int Progress = 0;

    /// <summary>1 while the phase runs the user's code and the hang watchdog applies, 0 otherwise.</summary>
    public const int Watched = 8;

    /// <summary>The phase text.</summary>
    public const int Phase = 16;

    /// <summary>Longest phase text kept, in bytes.</summary>
    public const int PhaseBytes = 508;

    /// <summary>The first slot.</summary>
    public const int Slots = Phase + 4 + PhaseBytes;

    /// <summary>Operations in flight that fit.</summary>
    public const int SlotCount = 8;

    /// <summary>Longest operation text kept, in bytes.</summary>
    public const int SlotBytes = 420;

    /// <summary>A slot: its sequence number (0: empty), then its text.</summary>
    public const int SlotSize = 8 + 4 + SlotBytes;

    /// <summary>Where slot <paramref name="index"/> starts.</summary>
    public static int Slot(int index) => Slots + (index * SlotSize);
}

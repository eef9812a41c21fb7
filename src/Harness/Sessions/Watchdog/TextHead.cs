namespace StressMaps.Harness.Sessions.Watchdog;

/// <summary>
/// The first characters of a text that may be huge (a stack overflow prints megabytes of frames), kept as
/// lines arrive from a reader thread; the rest is read and dropped.
/// </summary>
/// <param name="capacity">How many characters to keep.</param>
public sealed class TextHead(int capacity)
{
    private readonly System.Text.StringBuilder _text = new();

    /// <summary>What was kept so far.</summary>
    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    /// <summary>Keeps <paramref name="line"/> while there is room; null (the end of the stream) is ignored.</summary>
    public void Append(string? line)
    {
        lock (_text)
        {
            if (line is not null && _text.Length < capacity)
            {
                _text.AppendLine(line.Length > capacity ? line[..capacity] : line);
            }
        }
    }
}

namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>
/// A synchronised buffer's Append(other) reads the other's length under one lock and copies under another; the
/// other shrinks in between and the copy runs past its end (the JDK StringBuffer bug).
/// </summary>
[BugProgram("JaConTeBe / SCTBench CS/stringbuffer_jdk (StringBuffer.append(StringBuffer) atomicity violation)", 1)]
public static class StringBufferAppend
{
    public static async Task Bug()
    {
        var source = new Buffer("abcd");
        var target = new Buffer("");
        await Task.WhenAll(new[] { Task.Run(() => target.AppendRacy(source)), Task.Run(source.Clear) });
    }

    public static async Task Fixed()
    {
        var source = new Buffer("abcd");
        var target = new Buffer("");
        await Task.WhenAll(new[] { Task.Run(() => target.Append(source)), Task.Run(source.Clear) });
    }

    private sealed class Buffer(string text)
    {
        private readonly object _gate = new();
        private char[] _chars = text.ToCharArray();

        public int Length
        {
            get
            {
                lock (_gate)
                {
                    return _chars.Length;
                }
            }
        }

        public void Clear()
        {
            lock (_gate)
            {
                _chars = [];
            }
        }

        public void CopyTo(char[] destination, int count)
        {
            lock (_gate)
            {
                Array.Copy(_chars, destination, count);
            }
        }

        public char[] Snapshot()
        {
            lock (_gate)
            {
                return (char[])_chars.Clone();
            }
        }

        public void AppendRacy(Buffer other)
        {
            var count = other.Length;
            var copied = new char[count];
            other.CopyTo(copied, count);
            lock (_gate)
            {
                _chars = [.. _chars, .. copied];
            }
        }

        public void Append(Buffer other)
        {
            var copied = other.Snapshot();
            lock (_gate)
            {
                _chars = [.. _chars, .. copied];
            }
        }
    }
}

namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>A writer checks "not closed" and then writes, while another task closes in between: a write after close.</summary>
[BugProgram("JaConTeBe (check-then-act on a closed flag: write after close)", 1)]
public static class UseAfterClose
{
    public static async Task Bug()
    {
        var sink = new Sink();
        await Task.WhenAll(new[] { Task.Run(() => sink.WriteRacy("x")), Task.Run(sink.Close) });
    }

    public static async Task Fixed()
    {
        var sink = new Sink();
        await Task.WhenAll(new[] { Task.Run(() => sink.Write("x")), Task.Run(sink.Close) });
    }

    private sealed class Sink
    {
        private readonly object _gate = new();
        private bool _closed;
        private List<string>? _lines = [];

        public void WriteRacy(string line)
        {
            if (!_closed)
            {
                _lines!.Add(line);
            }
        }

        public void Write(string line)
        {
            lock (_gate)
            {
                if (!_closed)
                {
                    _lines!.Add(line);
                }
            }
        }

        public void Close()
        {
            lock (_gate)
            {
                _closed = true;
                _lines = null;
            }
        }
    }
}

using System.Reflection;
using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Tests.Targets.Operations;

public class StateWritesTests
{
    public sealed class Account
    {
        private readonly Dictionary<string, int> _balances = [];
        private readonly object _gate = new();
        private int _version;

        public int Version => _version;

        public void Touch() => _version++;

        public void Open(string name) => _balances.Add(name, 0);

        public void Bump() => Interlocked.Increment(ref _version);

        public void ThroughAHelper() => Helper();

        public int Peek(string name) => _balances.TryGetValue(name, out var balance) ? balance : -1;

        public async Task<int> OpenLaterAsync(string name)
        {
            await Task.Yield();
            lock (_gate)
            {
                _balances[name] = 1;
            }

            return 1;
        }

        public async Task<int> PeekLaterAsync(string name)
        {
            await Task.Yield();
            return Peek(name);
        }

        private void Helper() => _version = 7;
    }

    private static bool Writes(string member) =>
        StateWrites.Of(typeof(Account).GetMethod(member) ?? typeof(Account).GetProperty(member)!.GetMethod!);

    [Theory]
    [InlineData(nameof(Account.Touch))]
    [InlineData(nameof(Account.Open))]
    [InlineData(nameof(Account.Bump))]
    [InlineData(nameof(Account.ThroughAHelper))]
    [InlineData(nameof(Account.OpenLaterAsync))]
    public void AMemberStoringAFieldOrWritingACollectionWritesState(string member) => Assert.True(Writes(member), member);

    [Theory]
    [InlineData(nameof(Account.Version))]
    [InlineData(nameof(Account.Peek))]
    [InlineData(nameof(Account.PeekLaterAsync))]
    public void AMemberThatOnlyReadsDoesNot(string member) => Assert.False(Writes(member), member);
}

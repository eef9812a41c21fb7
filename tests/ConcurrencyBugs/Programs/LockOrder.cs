namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Two tasks take the same two locks in opposite orders: each holds one and waits for the other.</summary>
[BugProgram("SCTBench CS/deadlock01 (two mutexes taken in opposite orders); .NET classic lock order", 1)]
public static class LockOrder
{
    public static async Task Bug()
    {
        var accounts = new Accounts();
        await Task.WhenAll(new[] { Task.Run(() => accounts.Transfer(accounts.A, accounts.B)), Task.Run(() => accounts.Transfer(accounts.B, accounts.A)) });
    }

    public static async Task Fixed()
    {
        var accounts = new Accounts();
        await Task.WhenAll(new[] { Task.Run(() => accounts.TransferOrdered(accounts.A, accounts.B)), Task.Run(() => accounts.TransferOrdered(accounts.B, accounts.A)) });
    }

    private sealed class Accounts
    {
        public Account A = new(1, 100);
        public Account B = new(2, 100);

        public void Transfer(Account from, Account to)
        {
            lock (from)
            {
                lock (to)
                {
                    from.Balance -= 10;
                    to.Balance += 10;
                }
            }
        }

        // Always the lower id first: no cycle.
        public void TransferOrdered(Account from, Account to)
        {
            var (first, second) = from.Id < to.Id ? (from, to) : (to, from);
            lock (first)
            {
                lock (second)
                {
                    from.Balance -= 10;
                    to.Balance += 10;
                }
            }
        }
    }

    private sealed class Account(int id, int balance)
    {
        public int Id = id;
        public int Balance = balance;
    }
}

namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Deposit and withdraw each lock, but withdraw checks the balance in one region and debits in another: the account goes negative.</summary>
[BugProgram("SCTBench CS/account (check and debit split across lock regions)", 1)]
public static class BankAccount
{
    public static async Task Bug()
    {
        var account = new Account(10);
        await Task.WhenAll(new[] { Task.Run(() => account.WithdrawRacy(10)), Task.Run(() => account.WithdrawRacy(10)) });
        Check.That(account.Balance >= 0, $"balance went negative: {account.Balance}");
    }

    public static async Task Fixed()
    {
        var account = new Account(10);
        await Task.WhenAll(new[] { Task.Run(() => account.Withdraw(10)), Task.Run(() => account.Withdraw(10)) });
        Check.That(account.Balance >= 0, $"balance went negative: {account.Balance}");
    }

    private sealed class Account(int balance)
    {
        private readonly object _gate = new();
        public int Balance = balance;

        public bool WithdrawRacy(int amount)
        {
            bool enough;
            lock (_gate)
            {
                enough = Balance >= amount;
            }

            if (enough)
            {
                lock (_gate)
                {
                    Balance -= amount;
                }
            }

            return enough;
        }

        public bool Withdraw(int amount)
        {
            lock (_gate)
            {
                if (Balance < amount)
                {
                    return false;
                }

                Balance -= amount;
                return true;
            }
        }
    }
}

using StressMaps.Harness.Measuring.Overhead;

namespace StressMaps.Tests.Measuring.Overhead;

public class AlternatingRoundsTests
{
    [Fact]
    public void EachSideWarmsUpOnceThenTheSideThatGoesFirstAlternates()
    {
        var calls = new List<string>();
        var (first, second) = AlternatingRounds.Run(3, () => { calls.Add("a"); return calls.Count; }, () => { calls.Add("b"); return -calls.Count; });

        Assert.Equal(["a", "b", "a", "b", "b", "a", "a", "b"], calls);
        Assert.Equal([3.0, 6.0, 7.0], first);
        Assert.Equal([-4.0, -5.0, -8.0], second);
    }

    [Fact]
    public void NoRoundsIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AlternatingRounds.Run(0, () => 1, () => 2));
    }
}

using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Tests.Targets.Operations;

public class AnswerTextTests
{
    private sealed class Widget;

    private sealed record Point(int X, int Y);

    [Fact]
    public void PrimitivesAndStringsCompareByValue()
    {
        Assert.Equal("3", AnswerText.Of(3, returnsVoid: false).Text);
        Assert.Equal("\"a\"", AnswerText.Of("a", returnsVoid: false).Text);
        Assert.Equal("true", AnswerText.Of(true, returnsVoid: false).Text);
        Assert.Equal("null", AnswerText.Of(null, returnsVoid: false).Text);
        Assert.Equal("ok", AnswerText.Of(null, returnsVoid: true).Text);
    }

    [Fact]
    public void DictionariesAndSetsCompareByContentWhateverTheirOrder()
    {
        var first = AnswerText.Of(new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 }, returnsVoid: false);
        var second = AnswerText.Of(new SortedDictionary<string, int> { ["a"] = 1, ["b"] = 2 }, returnsVoid: false);

        Assert.Equal("{\"a\"=1, \"b\"=2}", first.Text);
        Assert.Equal(first, second);
        Assert.Equal(AnswerText.Of(new HashSet<int> { 2, 1 }, false), AnswerText.Of(new HashSet<int> { 1, 2 }, false));
    }

    [Fact]
    public void SequencesCompareByContentInOrder()
    {
        Assert.Equal("[1, 2]", AnswerText.Of(new[] { 1, 2 }, returnsVoid: false).Text);
        Assert.NotEqual(AnswerText.Of(new List<int> { 1, 2 }, false), AnswerText.Of(new List<int> { 2, 1 }, false));
    }

    [Fact]
    public void ExceptionsCompareByTypeOnly()
    {
        Assert.Equal(CallAnswer.Threw(new KeyNotFoundException("a")), CallAnswer.Threw(new KeyNotFoundException("b")));
        Assert.Equal("throws KeyNotFoundException", CallAnswer.Threw(new KeyNotFoundException()).Text);
    }

    [Fact]
    public void AnObjectWithReferenceOnlyEqualityIsNotComparable()
    {
        var answer = AnswerText.Of(new Widget(), returnsVoid: false);

        Assert.False(answer.IsComparable);
        Assert.Equal("<ref Widget>", answer.Text);
    }

    [Fact]
    public void ARecordComparesByItsText()
    {
        var answer = AnswerText.Of(new Point(1, 2), returnsVoid: false);

        Assert.True(answer.IsComparable);
        Assert.Equal("Point { X = 1, Y = 2 }", answer.Text);
    }
}

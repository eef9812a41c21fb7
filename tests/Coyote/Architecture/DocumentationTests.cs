namespace StressMaps.Tests.Architecture;

public class DocumentationTests
{
    [Fact]
    public void EveryRelativeLinkInTheReadmeAndTheDocsResolves()
    {
        var broken = DocumentationLinks.Pages().SelectMany(DocumentationLinks.Broken).ToList();

        Assert.True(broken.Count == 0, "links that lead nowhere:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void TheLinkCheckSeesAMissingFileAndAMissingHeading()
    {
        // Guards the check itself on a page of its own: a check that saw no link would pass the test above.
        var page = Path.Combine(SourceTree.Root(), "docs", $"link-check-{Guid.NewGuid():N}.md");
        File.WriteAllText(page, "# A heading\n\n[ok](#a-heading) [ok](../README.md) [gone](nowhere.md) [gone](#no-heading)\n");
        try
        {
            var broken = DocumentationLinks.Broken(SourceTree.Relative(page)).ToList();

            Assert.Equal(2, broken.Count);
            Assert.Contains(broken, line => line.EndsWith("nowhere.md (no such file)", StringComparison.Ordinal));
            Assert.Contains(broken, line => line.EndsWith("#no-heading (no such heading)", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(page);
        }
    }

    [Fact]
    public void TheReadmeIsAFirstScreenAndATourUnder250Lines()
    {
        var lines = File.ReadAllLines(Path.Combine(SourceTree.Root(), "README.md")).Length;

        Assert.True(lines < 250, $"README.md has {lines} lines; the manual belongs in docs/");
    }

    [Fact]
    public void EveryDocsPageIsLinkedFromTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(SourceTree.Root(), "README.md"));
        var pages = Directory.EnumerateFiles(Path.Combine(SourceTree.Root(), "docs"), "*.md").Select(Path.GetFileName);

        Assert.All(pages, page => Assert.Contains($"(docs/{page}", readme));
    }
}

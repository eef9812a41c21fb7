using StressMaps.Harness.Targets.Loading;
using StressMaps.Harness.Exploration;

namespace StressMaps.Tests.Exploration;

public class RewritingTests
{
    [Fact]
    public void MapsAndHarnessAssembliesAreRewritten()
    {
        foreach (var assembly in RewritingGuard.BuiltInAssemblies)
        {
            Assert.True(RewritingGuard.IsRewritten(assembly), $"{assembly.GetName().Name} is not rewritten");
        }
    }

    [Fact]
    public void ExploringAnUnrewrittenAssemblyIsRefusedWithTheFix()
    {
        var notRewritten = typeof(FactAttribute).Assembly;

        var error = Assert.Throws<NotRewrittenException>(() => RewritingGuard.EnsureRewritten([notRewritten]));

        Assert.Contains("dotnet coyote rewrite", error.Message);
        Assert.Equal(notRewritten.GetName().Name, error.AssemblyName);
    }
}

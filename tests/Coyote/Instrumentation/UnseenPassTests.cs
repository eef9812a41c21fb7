using Mono.Cecil;
using StressMaps.Controlled;
using StressMaps.Rewriting;

namespace StressMaps.Tests.Instrumentation;

/// <summary>Our pass marks what it passed, never passes an assembly twice, and keeps its symbols.</summary>
public sealed class UnseenPassTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("stressmaps-pass-").FullName;

    public UnseenPassTests()
    {
        foreach (var file in new[] { "StressMaps.TestMaps.dll", "StressMaps.TestMaps.pdb" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "testmaps", file), Path.Combine(_folder, file));
        }
    }

    [Fact]
    public void SecondPassRecognisesItsMarkAndLeavesTheAssemblyAlone()
    {
        var first = UnseenPass.Run(_folder, ["StressMaps.TestMaps.dll"], typeof(FieldAccess).Assembly.Location).Assemblies.Single();
        var bytes = File.ReadAllBytes(Path.Combine(_folder, "StressMaps.TestMaps.dll"));

        var second = UnseenPass.Run(_folder, ["StressMaps.TestMaps.dll"], typeof(FieldAccess).Assembly.Location).Assemblies.Single();

        Assert.False(first.AlreadyPassed);
        Assert.True(first.SchedulingPoints > 0);
        Assert.True(first.Redirected > 0);
        Assert.True(second.AlreadyPassed);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(_folder, "StressMaps.TestMaps.dll")));
        using var module = ModuleDefinition.ReadModule(Path.Combine(_folder, "StressMaps.TestMaps.dll"));
        Assert.Equal(UnseenPass.Version, PassMarker.VersionOf(module.Assembly));
    }

    [Fact]
    public void PassedAccessorGetsThePointBeforeItsFieldLoadAndKeepsItsLine()
    {
        UnseenPass.Run(_folder, ["StressMaps.TestMaps.dll"], typeof(FieldAccess).Assembly.Location);

        using var module = ModuleDefinition.ReadModule(Path.Combine(_folder, "StressMaps.TestMaps.dll"), new ReaderParameters { ReadSymbols = true });
        var getter = module.GetType("StressMaps.TestMaps.AutoPropertyCountMap`2").Methods.Single(method => method.Name == "get_Total");
        var point = getter.Body.Instructions.Single(instruction => instruction.OpCode.Name == "ldstr");

        Assert.Equal("AutoPropertyCountMap.Total", point.Operand);
        Assert.Equal("StressMaps.Controlled.FieldAccess::Interleave", $"{((MethodReference)point.Next.Operand).DeclaringType.FullName}::{((MethodReference)point.Next.Operand).Name}");
        Assert.Equal("ldfld", point.Next.Next.OpCode.Name);
        Assert.NotEmpty(getter.DebugInformation.SequencePoints);
        Assert.All(getter.DebugInformation.SequencePoints, sequencePoint => Assert.Equal(11, sequencePoint.StartLine));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

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
        var first = UnseenPass.Run(_folder, ["StressMaps.TestMaps.dll"], typeof(FieldAccess).Assembly.Location, footprintNotes: true).Assemblies.Single();
        var bytes = File.ReadAllBytes(Path.Combine(_folder, "StressMaps.TestMaps.dll"));

        var second = UnseenPass.Run(_folder, ["StressMaps.TestMaps.dll"], typeof(FieldAccess).Assembly.Location, footprintNotes: true).Assemblies.Single();

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
        UnseenPass.Run(_folder, ["StressMaps.TestMaps.dll"], typeof(FieldAccess).Assembly.Location, footprintNotes: true);

        using var module = ModuleDefinition.ReadModule(Path.Combine(_folder, "StressMaps.TestMaps.dll"), new ReaderParameters { ReadSymbols = true });
        var getter = module.GetType("StressMaps.TestMaps.AutoPropertyCountMap`2").Methods.Single(method => method.Name == "get_Total");
        var point = getter.Body.Instructions.First(instruction => instruction.OpCode.Name == "ldstr");
        var call = point.Next.Next.Next;

        // The field, the code site coverage names the access by, a load (not a store), then the point itself.
        Assert.Equal("AutoPropertyCountMap.Total", point.Operand);
        Assert.Equal("AutoPropertyCountMap.get_Total (AutoPropertyCountMap.cs:11)", point.Next.Operand);
        Assert.Equal("ldc.i4.0", point.Next.Next.OpCode.Name);
        Assert.Equal("StressMaps.Controlled.FieldAccess::Interleave", $"{((MethodReference)call.Operand).DeclaringType.FullName}::{((MethodReference)call.Operand).Name}");
        Assert.Equal(3, ((MethodReference)call.Operand).Parameters.Count);

        // Between the point and the load, the note of what the step touches: the object, the field, a read.
        var note = call.Next.Next.Next.Next;
        Assert.Equal(["dup", "ldstr", "ldc.i4.0"], new[] { call.Next, call.Next.Next, call.Next.Next.Next }.Select(instruction => instruction.OpCode.Name));
        Assert.Equal("StressMaps.Controlled.FootprintNotes::Field", $"{((MethodReference)note.Operand).DeclaringType.FullName}::{((MethodReference)note.Operand).Name}");
        Assert.Equal("ldfld", note.Next.OpCode.Name);
        Assert.NotEmpty(getter.DebugInformation.SequencePoints);
        Assert.All(getter.DebugInformation.SequencePoints, sequencePoint => Assert.Equal(11, sequencePoint.StartLine));
    }

    [Fact]
    public void WithoutFootprintNotesTheUsersAssemblyGetsItsPointsAndNoNote()
    {
        var pass = UnseenPass.Run(_folder, ["StressMaps.TestMaps.dll"], typeof(FieldAccess).Assembly.Location, footprintNotes: false).Assemblies.Single();

        using var module = ModuleDefinition.ReadModule(Path.Combine(_folder, "StressMaps.TestMaps.dll"));
        var calls = module.Types.SelectMany(type => type.NestedTypes.Prepend(type)).SelectMany(type => type.Methods).Where(method => method.HasBody)
            .SelectMany(method => method.Body.Instructions).Select(instruction => instruction.Operand).OfType<MethodReference>().ToList();
        Assert.True(pass.SchedulingPoints > 0);
        Assert.Contains(calls, callee => callee.DeclaringType.FullName == "StressMaps.Controlled.FieldAccess");
        Assert.DoesNotContain(calls, callee => callee.DeclaringType.FullName == "StressMaps.Controlled.FootprintNotes");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;
using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Tests.Targets.Loading;

public class ConstructionFinderTests
{
    public sealed class Sized
    {
        public Sized(int capacity) => Capacity = capacity >= 3 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

        public Sized() => Capacity = 0;

        public int Capacity { get; }
    }

    public sealed class MadeByCreate
    {
        private MadeByCreate(string name) => Name = name;

        public string Name { get; }

        public static MadeByCreate Create(string name) => new(name);
    }

    public sealed class NeedsAClock(TimeProvider clock)
    {
        public DateTimeOffset Now => clock.GetUtcNow();
    }

    public static class Factories
    {
        public static NeedsAClock WithSystemClock() => new(TimeProvider.System);
    }

    public sealed class Set<T>
    {
        public bool Add(T item) => item is not null;
    }

    [Fact]
    public void AConstructorTakingArgumentsIsPreferredAndValuesItRefusesAreSaid()
    {
        var factory = ConstructionFinder.Find(typeof(Sized), DomainOptions.Default);

        Assert.Equal("new Sized(capacity: 3)", factory.Construction.Text);
        Assert.Equal(3, ((Sized)factory.Create()).Capacity);
        Assert.Equal(4, factory.Construction.Refused.Count);
        Assert.StartsWith("new Sized(capacity: -1) threw ArgumentOutOfRangeException", factory.Construction.Refused[0]);
    }

    [Fact]
    public void AMapKeepsItsParameterlessConstructorFirst()
    {
        var factory = ConstructionFinder.Find(typeof(Sized), DomainOptions.Default, preferParameterless: true);

        Assert.Equal(ConstructionKind.Parameterless, factory.Construction.Kind);
        Assert.Equal("new Sized()", factory.Construction.Text);
    }

    [Fact]
    public void AStaticFactoryMakesAClassWithoutAPublicConstructor()
    {
        var factory = ConstructionFinder.Find(typeof(MadeByCreate), DomainOptions.Default);

        Assert.Equal(ConstructionKind.StaticFactory, factory.Construction.Kind);
        Assert.Equal("MadeByCreate.Create(name: a)", factory.Construction.Text);
        Assert.Equal("a", ((MadeByCreate)factory.Create()).Name);
    }

    [Fact]
    public void ATypeNoDomainCanMakeNamesTheParameterAndTheFactoryToWrite()
    {
        var error = Assert.Throws<TargetRejectedException>(() => ConstructionFinder.Find(typeof(NeedsAClock), DomainOptions.Default));

        Assert.StartsWith("NeedsAClock cannot be made: StressMaps cannot pass parameter 'clock' (TimeProvider) of new NeedsAClock(TimeProvider clock)", error.Message);
        Assert.Contains("--factory", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void TheFactoryTheUserNamesMakesTheType()
    {
        var name = $"{typeof(Factories).FullName}.{nameof(Factories.WithSystemClock)}";

        var factory = ConstructionFinder.Find(typeof(NeedsAClock), DomainOptions.Default, factory: name);

        Assert.Equal(ConstructionKind.Factory, factory.Construction.Kind);
        Assert.IsType<NeedsAClock>(factory.Create());
    }

    [Fact]
    public void ARecordedConstructionIsBoundBackWithItsArguments()
    {
        var found = ConstructionFinder.Find(typeof(Sized), DomainOptions.Default).Construction;

        var again = ConstructionFinder.Find(typeof(Sized), new DomainOptions(["x"], [100]), recorded: found);

        Assert.Equal(3, ((Sized)again.Create()).Capacity);
        Assert.Same(found, again.Construction);
    }

    [Fact]
    public void AnyNumberOfTypeParametersIsClosedOverTheDomains()
    {
        Assert.Equal(typeof(Set<string>), GenericClosing.Close(typeof(Set<>)));
        Assert.Equal(typeof(Dictionary<string, int>), GenericClosing.Close(typeof(Dictionary<,>)));
        Assert.Equal(typeof(Tuple<string, int, int>), GenericClosing.Close(typeof(Tuple<,,>)));
    }
}

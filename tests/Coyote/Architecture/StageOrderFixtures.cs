// Fixtures for StageOrderTests: two rooms of a pretend harness, the early one reaching into the later one.
namespace StressMaps.Fixtures.Sessions.Inner
{
    public static class LateRoom
    {
        public static int Answer() => 42;
    }
}

namespace StressMaps.Fixtures.Files
{
    public static class EarlyRoom
    {
        public static Func<int> Reach() => () => Sessions.Inner.LateRoom.Answer();
    }
}

namespace StressMaps.Fixtures.Sessions
{
    public static class UsesEarlier
    {
        public static Func<int> Back() => Files.EarlyRoom.Reach();
    }
}

namespace StressMaps.Reduction;

/// <summary>
/// What one step (from a scheduling point to the next) touched: the names it read and wrote, or anything
/// at all. An object is named <c>#N</c>, N being the order in which its schedule first touched it; a static
/// field or a declared state by its own name. Two steps of different operations are dependent, and so
/// explored in both orders, unless their footprints provably do not overlap with a write.
/// </summary>
public sealed class Footprint
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    private Footprint(bool anything, IReadOnlySet<string> reads, IReadOnlySet<string> writes)
    {
        IsAnything = anything;
        Reads = reads;
        Writes = writes;
    }

    /// <summary>A step that touches nothing shared (its ordering is kept by creation and enabling alone).</summary>
    public static Footprint Nothing { get; } = new(false, None, None);

    /// <summary>A step that may touch anything: dependent on every step that touches something.</summary>
    public static Footprint Anything { get; } = new(true, None, None);

    /// <summary>Whether the step may touch anything.</summary>
    public bool IsAnything { get; }

    /// <summary>The names it read.</summary>
    public IReadOnlySet<string> Reads { get; }

    /// <summary>The names it wrote.</summary>
    public IReadOnlySet<string> Writes { get; }

    /// <summary>Locks the step takes (among its writes).</summary>
    public IReadOnlySet<string> Acquired { get; private init; } = None;

    /// <summary>Locks the step leaves (among its writes).</summary>
    public IReadOnlySet<string> Released { get; private init; } = None;

    /// <summary>Whether it touched nothing.</summary>
    public bool IsNothing => !IsAnything && Reads.Count == 0 && Writes.Count == 0;

    /// <summary>A read of <paramref name="target"/>.</summary>
    public static Footprint Read(string target) => new(false, new HashSet<string> { target }, None);

    /// <summary>A write of <paramref name="target"/>.</summary>
    public static Footprint Write(string target) => new(false, None, new HashSet<string> { target });

    /// <summary>A footprint of the given reads and writes (a name both read and written counts as written).</summary>
    public static Footprint Of(bool anything, IEnumerable<string> reads, IEnumerable<string> writes)
    {
        var written = new HashSet<string>(writes);
        var read = new HashSet<string>(reads.Where(name => !written.Contains(name)));
        return anything ? Anything : read.Count == 0 && written.Count == 0 ? Nothing : new Footprint(false, read, written);
    }

    /// <summary>The same footprint, saying which of its written locks it takes and which it leaves.</summary>
    public Footprint WithLocks(IEnumerable<string> acquired, IEnumerable<string> released)
    {
        var (taken, left) = (acquired.Where(Writes.Contains).ToHashSet(), released.Where(Writes.Contains).ToHashSet());
        return taken.Count == 0 && left.Count == 0 ? this : new Footprint(IsAnything, Reads, Writes)
        {
            Acquired = taken.Concat(Acquired).ToHashSet(),
            Released = left.Concat(Released).ToHashSet(),
        };
    }

    /// <summary>Everything this and <paramref name="other"/> touch.</summary>
    public Footprint Union(Footprint other) =>
        IsNothing ? other : other.IsNothing ? this
        : Of(IsAnything || other.IsAnything, Reads.Concat(other.Reads), Writes.Concat(other.Writes)).WithLocks(Acquired.Concat(other.Acquired), Released.Concat(other.Released));

    /// <summary>
    /// Whether this step leaves a lock, taken in an earlier step, that a <paramref name="later"/> step takes. The later step
    /// cannot run before this one (it would wait for the lock), so theirs is no race to reverse: the race is with the step
    /// that took the lock. A step that took the lock itself began with it free, so the later one could have run first.
    /// </summary>
    public bool HandsOverTo(Footprint later) => Released.Any(name => later.Acquired.Contains(name) && !Acquired.Contains(name));

    /// <summary>Whether the two steps, both of one schedule, may not commute.</summary>
    public bool DependsOn(Footprint other) => DependsOn(other, int.MaxValue);

    /// <summary>
    /// Whether the two steps may not commute, when one of them ran in another schedule that shared the prefix
    /// up to a state where <paramref name="named"/> objects had names: a name above that may stand for a
    /// different object in each schedule, so any two such names, one written, are taken to be the same.
    /// </summary>
    public bool DependsOn(Footprint other, int named)
    {
        if (IsNothing || other.IsNothing)
        {
            return false;
        }

        if (IsAnything || other.IsAnything
            || Writes.Any(name => other.Writes.Contains(name) || other.Reads.Contains(name))
            || other.Writes.Any(Reads.Contains))
        {
            return true;
        }

        return named != int.MaxValue
            && ((LaterThan(Writes, named) && (LaterThan(other.Writes, named) || LaterThan(other.Reads, named)))
                || (LaterThan(other.Writes, named) && LaterThan(Reads, named)));
    }

    /// <inheritdoc/>
    public override string ToString() => IsAnything ? "anything" : IsNothing ? "nothing"
        : string.Join(", ", Writes.Order().Select(name => (Acquired.Contains(name) ? "take " : Released.Contains(name) ? "leave " : "write ") + name).Concat(Reads.Order().Select(name => "read " + name)));

    // An object's name is #N, a field of it #N.Field: N is what tells when the object was first named.
    private static bool LaterThan(IReadOnlySet<string> names, int named) =>
        names.Any(name => name.StartsWith('#') && int.TryParse(name.AsSpan(1, (name.IndexOf('.') is var dot and > 0 ? dot : name.Length) - 1), out var id) && id > named);
}

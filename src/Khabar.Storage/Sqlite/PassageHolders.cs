using System.Runtime.InteropServices;

namespace Khabar.Storage.Sqlite;

/// <summary>
/// The <c>passage_prints</c> table held in memory: for each print, the articles (by seq) that hold it, lowest first,
/// up to <see cref="Kept"/> of them. A lookup never asks for more than <c>maxHolders + 1</c> (a print held by more is
/// boilerplate), so the first <see cref="Kept"/> answer it exactly as the table's key order does. Most prints have
/// one holder, kept in the dictionary's value itself; a print of several keeps a sorted list.
/// </summary>
internal sealed class PassageHolders
{
    /// <summary>The holders kept for a print: more than any lookup reads (<c>PassageSearch.MaxPostings</c> + 1).</summary>
    public const int Kept = 64;

    /// <summary>A print's only holder (≥ 0), or the complement of its list's place in <see cref="_many"/>.</summary>
    private readonly Dictionary<ulong, int> _slots = [];
    private readonly List<List<int>> _many = [];

    /// <summary>How many distinct prints are held.</summary>
    public int Count => _slots.Count;

    /// <summary>Whether an article of this seq can be held (seqs are kept as 32-bit numbers).</summary>
    public static bool Holds(long seq) => seq is >= 0 and <= int.MaxValue;

    /// <summary>Records that article <paramref name="seq"/> holds <paramref name="print"/>; a pair already held changes nothing.</summary>
    public void Add(ulong print, long seq)
    {
        if (!Holds(seq))
        {
            throw new ArgumentOutOfRangeException(nameof(seq), seq, "an article seq past 32 bits cannot be held");
        }

        var number = (int)seq;
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, print, out var exists);
        if (!exists)
        {
            slot = number;
            return;
        }

        if (slot >= 0)
        {
            if (slot != number)
            {
                _many.Add(slot < number ? [slot, number] : [number, slot]);
                slot = ~(_many.Count - 1);
            }

            return;
        }

        var holders = _many[~slot];
        var at = holders.BinarySearch(number);
        if (at >= 0 || ~at >= Kept)
        {
            return;
        }

        holders.Insert(~at, number);
        if (holders.Count > Kept)
        {
            holders.RemoveAt(Kept);
        }
    }

    /// <summary>The lowest <paramref name="cap"/> (at most <see cref="Kept"/>) holders of <paramref name="print"/>, lowest first; null when none holds it.</summary>
    public List<long>? Of(ulong print, int cap)
    {
        if (cap > Kept)
        {
            throw new ArgumentOutOfRangeException(nameof(cap), cap, $"at most {Kept} holders are kept");
        }

        if (!_slots.TryGetValue(print, out var slot))
        {
            return null;
        }

        if (slot >= 0)
        {
            return cap > 0 ? [slot] : [];
        }

        var holders = _many[~slot];
        var found = new List<long>(Math.Min(cap, holders.Count));
        for (var i = 0; i < holders.Count && i < cap; i++)
        {
            found.Add(holders[i]);
        }

        return found;
    }
}

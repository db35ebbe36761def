namespace Khabar.Storage.Sqlite;

/// <summary>
/// The <c>passage_prints</c> table held in memory: for each print, the articles (by seq) that hold it, lowest first,
/// up to <see cref="Kept"/> of them. A lookup never asks for more than <c>maxHolders + 1</c> (a print held by more is
/// boilerplate), so the first <see cref="Kept"/> answer it exactly as the table's key order does.
/// </summary>
/// <remarks>
/// The pairs are two parallel arrays sorted by print, then seq: 12 bytes a pair (a dictionary took about 28 a print, and
/// a list more for a print of several holders; a store of a few hundred thousand articles holds millions of prints).
/// What is added waits in a list and is merged in, in one pass, at the next lookup: Assign adds a chunk's prints at a time
/// and looks up the next chunk's.
/// </remarks>
internal sealed class PassageHolders
{
    /// <summary>The holders kept for a print: more than any lookup reads (<c>PassageSearch.MaxPostings</c> + 1).</summary>
    public const int Kept = 64;

    private ulong[] _prints = [];
    private int[] _seqs = [];
    private int _count;
    private int _distinct;
    private readonly List<(ulong Print, int Seq)> _pending = [];

    /// <summary>How many distinct prints are held.</summary>
    public int Count
    {
        get
        {
            Merge();
            return _distinct;
        }
    }

    /// <summary>Whether an article of this seq can be held (seqs are kept as 32-bit numbers).</summary>
    public static bool Holds(long seq) => seq is >= 0 and <= int.MaxValue;

    /// <summary>Records that article <paramref name="seq"/> holds <paramref name="print"/>; a pair already held changes nothing.</summary>
    public void Add(ulong print, long seq)
    {
        if (!Holds(seq))
        {
            throw new ArgumentOutOfRangeException(nameof(seq), seq, "an article seq past 32 bits cannot be held");
        }

        _pending.Add((print, (int)seq));
    }

    /// <summary>The lowest <paramref name="cap"/> (at most <see cref="Kept"/>) holders of <paramref name="print"/>, lowest first; null when none holds it.</summary>
    public List<long>? Of(ulong print, int cap)
    {
        if (cap > Kept)
        {
            throw new ArgumentOutOfRangeException(nameof(cap), cap, $"at most {Kept} holders are kept");
        }

        Merge();
        var at = LowerBound(print);
        if (at == _count || _prints[at] != print)
        {
            return null;
        }

        var found = new List<long>();
        for (var i = at; i < _count && _prints[i] == print && found.Count < cap; i++)
        {
            found.Add(_seqs[i]);
        }

        return found;
    }

    private int LowerBound(ulong print)
    {
        var (low, high) = (0, _count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_prints[middle] < print)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Merges what was added into the sorted pairs: each pair once, at most <see cref="Kept"/> holders a print.</summary>
    private void Merge()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        _pending.Sort(static (x, y) => x.Print != y.Print ? x.Print.CompareTo(y.Print) : x.Seq.CompareTo(y.Seq));
        var size = _count + _pending.Count;
        var (prints, seqs) = (new ulong[size], new int[size]);
        var (i, j, n, distinct, run) = (0, 0, 0, 0, 0);
        while (i < _count || j < _pending.Count)
        {
            (ulong Print, int Seq) next;
            if (j == _pending.Count || (i < _count && (_prints[i] < _pending[j].Print || (_prints[i] == _pending[j].Print && _seqs[i] <= _pending[j].Seq))))
            {
                next = (_prints[i], _seqs[i]);
                i++;
            }
            else
            {
                next = _pending[j];
                j++;
            }

            if (n > 0 && prints[n - 1] == next.Print)
            {
                if (seqs[n - 1] == next.Seq || run == Kept)
                {
                    continue;
                }

                run++;
            }
            else
            {
                distinct++;
                run = 1;
            }

            prints[n] = next.Print;
            seqs[n] = next.Seq;
            n++;
        }

        (_prints, _seqs, _count, _distinct) = (prints, seqs, n, distinct);
        _pending.Clear();
        if (_pending.Capacity > 1 << 20)
        {
            _pending.Capacity = 0; // the table read whole once does not keep its buffer
        }
    }
}

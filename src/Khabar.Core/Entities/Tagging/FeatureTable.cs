using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// Feature weights in one flat open-addressing table: each slot holds the feature's hash and its nine label
/// weights side by side, so scoring a feature costs one memory access (the tagger is bound by memory, not
/// arithmetic). Weights are floats: converting from Half on every read costs more than the wider slot.
/// </summary>
internal sealed class FeatureTable
{
    private const int L = BioLabel.Count;

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>
    /// One bit per 2^(32 - <see cref="_filterShift"/>) of the hashes' high bits, set for known features: most features
    /// looked up are unknown (word pairs never seen in training), and this small array answers for them from the
    /// processor's cache where the slots would cost a trip to memory.
    /// </summary>
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    public FeatureTable(IReadOnlyDictionary<uint, int> rows, float[] weights)
    {
        var capacity = 1;
        while (capacity < rows.Count * 2)
        {
            capacity <<= 1;
        }

        _slots = new Slot[capacity];
        _mask = capacity - 1;
        var filterBits = Math.Max(64, capacity * 8);
        _filter = new ulong[filterBits / 64];
        _filterShift = 32 - System.Numerics.BitOperations.Log2((uint)filterBits);
        foreach (var (feature, row) in rows)
        {
            var key = Key(feature);
            var hash = Mix(key);
            var bit = hash >> _filterShift;
            _filter[bit >> 6] |= 1UL << (int)(bit & 63);
            var at = (int)(hash & (uint)_mask);
            while (_slots[at].Key != 0)
            {
                at = (at + 1) & _mask;
            }

            _slots[at].Key = key;
            for (var l = 0; l < L; l++)
            {
                _slots[at][l] = weights[(row * L) + l];
            }
        }

        Count = rows.Count;
    }

    public int Count { get; }

    /// <summary>Adds the weights of <paramref name="feature"/>, if known, to <paramref name="scores"/> (9 floats).</summary>
    public void AddTo(uint feature, Span<float> scores)
    {
        ref readonly var weights = ref Find(feature);
        if (Unsafe.IsNullRef(in weights))
        {
            return;
        }

        var known = MemoryMarshal.CreateReadOnlySpan(in weights, L);
        for (var l = 0; l < L; l++)
        {
            scores[l] += known[l];
        }
    }

    /// <summary>The first of the 9 weights of <paramref name="feature"/>; a null reference when it is unknown.</summary>
    public ref readonly float Find(uint feature)
    {
        var slot = SlotOf(feature);
        return ref slot < 0 ? ref Unsafe.NullRef<float>() : ref _slots[slot].First;
    }

    /// <summary>Where <paramref name="feature"/>'s weights are (see <see cref="At"/>); -1 when it is unknown.</summary>
    public int SlotOf(uint feature)
    {
        var key = Key(feature);
        var hash = Mix(key);
        var bit = hash >> _filterShift;
        if ((_filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
        {
            return -1;
        }

        var at = (int)(hash & (uint)_mask);
        while (true)
        {
            var found = _slots[at].Key;
            if (found == key)
            {
                return at;
            }

            if (found == 0)
            {
                return -1;
            }

            at = (at + 1) & _mask;
        }
    }

    /// <summary>The first of the 9 weights in slot <paramref name="slot"/> (from <see cref="SlotOf"/>).</summary>
    public ref readonly float At(int slot) => ref _slots[slot].First;

    /// <summary>0 marks an empty slot, so a feature hashing to 0 is stored as 1.</summary>
    private static uint Key(uint feature) => feature == 0 ? 1 : feature;

    private static uint Mix(uint x)
    {
        x ^= x >> 16;
        x *= 0x7FEB352Du;
        x ^= x >> 15;
        return x;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public uint Key;
        private Weights _weights;

        [UnscopedRef]
        public ref float First => ref _weights[0];

        public float this[int label]
        {
            readonly get => _weights[label];
            set => _weights[label] = value;
        }
    }

    [InlineArray(L)]
    private struct Weights
    {
        private float _first;
    }
}

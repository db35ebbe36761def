using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// What one model's weights give one token type, kept on its <see cref="TokenTraits"/>: the summed scores of its
/// intrinsic features, and where the model keeps the features it gives the tokens around it
/// (<see cref="TaggerFeatures.Given"/>), so that a token's neighbours cost no lookup but their own.
/// </summary>
internal sealed class TokenScores
{
    private const int L = BioLabel.Count;

    /// <summary>The model's <see cref="FeatureTable"/> slot of each given feature it knows, in order.</summary>
    private readonly int[] _slots;

    /// <summary>Bit g set when the model knows given feature g.</summary>
    private readonly uint _known;

    private LabelScores _intrinsic;

    public TokenScores(object owner, ReadOnlySpan<float> intrinsic, uint known, int[] slots, TokenScores? next)
    {
        Owner = owner;
        intrinsic.CopyTo(_intrinsic);
        _known = known;
        _slots = slots;
        Next = next;
    }

    /// <summary>The model's key these scores were computed with.</summary>
    public object Owner { get; }

    /// <summary>The scores of the same token under other models.</summary>
    public TokenScores? Next { get; }

    /// <summary>The first of the summed scores of the token's intrinsic features (9).</summary>
    public ref readonly float Intrinsic => ref _intrinsic[0];

    /// <summary>The <see cref="FeatureTable"/> slot of given feature <paramref name="g"/>; -1 when the model does not know it.</summary>
    public int GivenSlot(int g)
    {
        var bit = 1u << g;
        return (_known & bit) == 0 ? -1 : _slots[BitOperations.PopCount(_known & (bit - 1))];
    }

    [InlineArray(L)]
    private struct LabelScores
    {
        private float _first;
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;

namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// What one model's weights give one token type, kept on its <see cref="TokenTraits"/>: the summed scores of its
/// intrinsic features, and the weights of the features it gives the tokens around it
/// (<see cref="TaggerFeatures.Given"/>), so that a token's neighbours cost no lookup but their own.
/// </summary>
internal sealed class TokenScores
{
    private const int L = BioLabel.Count;

    /// <summary>The intrinsic sums (9), then the weights (9 each) of the given features the model knows, in order.</summary>
    private readonly float[] _values;

    /// <summary>Bit g set when the model knows given feature g.</summary>
    private readonly uint _known;

    public TokenScores(object owner, float[] values, uint known, TokenScores? next)
    {
        Owner = owner;
        _values = values;
        _known = known;
        Next = next;
    }

    /// <summary>The model's key these scores were computed with.</summary>
    public object Owner { get; }

    /// <summary>The scores of the same token under other models.</summary>
    public TokenScores? Next { get; }

    public ReadOnlySpan<float> Intrinsic => _values.AsSpan(0, L);

    /// <summary>The first of the 9 weights of given feature <paramref name="g"/>; a null reference when the model does not know it.</summary>
    public ref readonly float Given(int g)
    {
        var bit = 1u << g;
        return ref (_known & bit) == 0
            ? ref Unsafe.NullRef<float>()
            : ref _values[L * (1 + BitOperations.PopCount(_known & (bit - 1)))];
    }
}

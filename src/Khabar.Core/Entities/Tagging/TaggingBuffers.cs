namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// <see cref="EntityTagger"/>'s scratch for one document: its pieces, each token's traits, core, context features
/// and first-pass label, and one piece's scores. Kept from one document to the next, so tagging allocates nothing
/// per sentence once the arrays have grown to the longest document.
/// </summary>
internal sealed class TaggingBuffers
{
    private const int L = BioLabel.Count;

    private const int C = TaggerFeatures.ContextPerToken;

    /// <summary>Longest piece: <see cref="EntityTagger.MaxPiece"/>.</summary>
    private const int MaxPiece = EntityTagger.MaxPiece;

    private const int InitialTokens = 1024;

    public TokenTraits[] Traits { get; private set; } = new TokenTraits[InitialTokens];

    /// <summary><see cref="TaggerFeatures.CoreOf"/> of each token.</summary>
    public uint[] Cores { get; private set; } = new uint[InitialTokens];

    public int[] FirstLabels { get; private set; } = new int[InitialTokens];

    /// <summary>Each token's context features (<see cref="TaggerFeatures.ContextPerToken"/> per token), read by both passes.</summary>
    public uint[] Context { get; private set; } = new uint[InitialTokens * C];

    /// <summary>Piece p's tokens are <c>PieceStarts[p]</c> up to <c>PieceStarts[p + 1]</c>.</summary>
    public int[] PieceStarts { get; private set; } = new int[64];

    /// <summary>The sentence piece p comes from, and its first token there.</summary>
    public (int Sentence, int From)[] Pieces { get; private set; } = new (int, int)[64];

    public DocumentMemory Memory { get; } = new();

    public uint[] Spans { get; } = new uint[MaxPiece];

    public float[] Emissions { get; } = new float[MaxPiece * L];

    public float[] ViterbiScores { get; } = new float[MaxPiece * L];

    public int[] ViterbiBack { get; } = new int[MaxPiece * L];

    /// <summary>One piece's <see cref="TokenScores"/> under the model scoring it.</summary>
    public TokenScores[] Scores { get; } = new TokenScores[MaxPiece];

    public uint[] MemoryFeatures { get; } = new uint[MaxPiece * DocumentMemory.MaxAdded];

    public int[] MemoryStarts { get; } = new int[MaxPiece + 1];

    /// <summary>Cuts the sentences into pieces of at most <see cref="MaxPiece"/> tokens and grows the arrays to hold them; the count of pieces.</summary>
    public int Plan(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var pieces = 0;
        var tokens = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var from = 0; from < sentences[s].Count; from += MaxPiece)
            {
                if (pieces + 1 >= PieceStarts.Length)
                {
                    PieceStarts = Grown(PieceStarts, pieces + 2);
                    Pieces = Grown(Pieces, pieces + 2);
                }

                PieceStarts[pieces] = tokens;
                Pieces[pieces] = (s, from);
                tokens += Math.Min(MaxPiece, sentences[s].Count - from);
                pieces++;
            }
        }

        PieceStarts[pieces] = tokens;
        if (tokens > Traits.Length)
        {
            Traits = Grown(Traits, tokens);
            Cores = Grown(Cores, tokens);
            FirstLabels = Grown(FirstLabels, tokens);
            Context = Grown(Context, tokens * C);
        }

        return pieces;
    }

    /// <summary>Tokens' room kept from one document to the next; a longer document's arrays (33 features a token) are let go.</summary>
    private const int MaxKeptTokens = 1 << 16;

    /// <summary>
    /// Lets go of the document's token traits, so that they do not outlive <see cref="EntityTagger.ForgetTokens"/>,
    /// and of arrays grown past <see cref="MaxKeptTokens"/> for one very long document.
    /// </summary>
    public void Release(int pieces)
    {
        Traits.AsSpan(0, PieceStarts[pieces]).Clear();
        Scores.AsSpan().Clear();
        if (Traits.Length > MaxKeptTokens)
        {
            Traits = new TokenTraits[InitialTokens];
            Cores = new uint[InitialTokens];
            FirstLabels = new int[InitialTokens];
            Context = new uint[InitialTokens * C];
        }
    }

    private static T[] Grown<T>(T[] array, int needed)
    {
        var length = array.Length;
        while (length < needed)
        {
            length *= 2;
        }

        Array.Resize(ref array, length);
        return array;
    }
}

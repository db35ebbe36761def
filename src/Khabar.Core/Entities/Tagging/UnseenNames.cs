namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// Training sentences in which names look as a new text's names do: never seen in training, in no list and in no
/// word cluster. Each word of a PERS, LOC or ORG entity is, with some probability, spelt as a made-up word that
/// keeps its first and last letters (proclitics and endings, so affix features stay) with three random letters in
/// the middle. Trained on the originals and these copies together, the tagger learns to find a name from its
/// context and its shape, not only from having met it.
/// </summary>
public static class UnseenNames
{
    private const string Letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    /// <summary>A copy of every sentence with at least one entity word respelt (words respelt with probability <paramref name="share"/>).</summary>
    public static List<TaggedSentence> Copies(IReadOnlyList<TaggedSentence> sentences, double share, int seed)
    {
        var random = new Random(seed);
        var copies = new List<TaggedSentence>();
        foreach (var sentence in sentences)
        {
            string[]? tokens = null;
            for (var t = 0; t < sentence.Tokens.Count; t++)
            {
                var label = sentence.Labels[t];
                if (label == BioLabel.Outside || BioLabel.TypeOf(label) == EntityType.Misc || sentence.Tokens[t].Length < 2 || random.NextDouble() >= share)
                {
                    continue;
                }

                tokens ??= [.. sentence.Tokens];
                tokens[t] = Respelt(tokens[t], random);
            }

            if (tokens is not null)
            {
                copies.Add(new TaggedSentence(tokens, sentence.Labels));
            }
        }

        return copies;
    }

    private static string Respelt(string word, Random random)
    {
        var middle = word.Length / 2;
        Span<char> made = stackalloc char[3];
        for (var i = 0; i < made.Length; i++)
        {
            made[i] = Letters[random.Next(Letters.Length)];
        }

        return string.Concat(word.AsSpan(0, middle), made, word.AsSpan(middle));
    }
}

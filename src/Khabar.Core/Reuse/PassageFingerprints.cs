using Khabar.Text;
using Khabar.Core.Analyze;

namespace Khabar.Core.Reuse;

/// <summary>
/// The fingerprints a sentence is found by when it is copied into another article: a few locality-sensitive
/// hashes of its set of distinctive keys, each the two first keys under one of <see cref="Bands"/> hash
/// functions (min-hash, Broder 1997, weighted so that rare words come first; two per band, as in LSH banding). A sentence copied word for word, with its
/// words shuffled or its phrases reordered, has the same set and so every fingerprint; one with a fifth of its
/// words changed still keeps most key pairs (a band survives with probability about J², J the Jaccard overlap of
/// the sets: 0.44 at J = 2/3, so at least one of four bands with 0.9). Sentences sharing only a topic word or
/// two almost never share a band. Order inside a sentence never matters, which plain word n-grams (winnowing,
/// Schleimer et al. 2003) cannot give.
/// </summary>
public static class PassageFingerprints
{
    /// <summary>Hash functions, each giving one fingerprint per sentence.</summary>
    public const int Bands = 4;

    /// <summary>
    /// Keys at least this rare count (weight ln N/df ≥ 1.6: in under a fifth of news); commoner words (قال, اليوم)
    /// fill every sentence and would make unrelated ones meet.
    /// </summary>
    public const float MinKeyWeight = 1.6f;

    /// <summary>A sentence with fewer distinctive keys is too short to be found by itself.</summary>
    public const int MinSentenceKeys = 4;

    private static readonly ulong[] Seeds = [0x9E3779B97F4A7C15UL, 0xC2B2AE3D27D4EB4FUL, 0x165667B19E3779F9UL, 0xD6E8FEB86659FD93UL];

    /// <summary>Every fingerprint of every sentence long enough, in sentence order (a sentence's bands in band order).</summary>
    public static PassageFingerprint[] Of(ContentTerms terms)
    {
        var found = new List<PassageFingerprint>(terms.Sentences.Count * Bands);
        Span<ulong> distinctive = stackalloc ulong[256];
        Span<float> weights = stackalloc float[256];
        for (var s = 0; s < terms.Sentences.Count; s++)
        {
            var count = 0;
            foreach (var term in terms.TermsOf(s))
            {
                if (count < distinctive.Length && terms.Weights.Of(term.Key) is var weight && weight >= MinKeyWeight
                    && !distinctive[..count].Contains(term.Key))
                {
                    weights[count] = weight;
                    distinctive[count++] = term.Key;
                }
            }

            if (count < MinSentenceKeys)
            {
                continue;
            }

            for (var band = 0; band < Bands; band++)
            {
                found.Add(new PassageFingerprint(Band(distinctive[..count], weights[..count], band), s));
            }
        }

        return [.. found];
    }

    /// <summary>
    /// The fingerprint of one band: the two keys first in a race where each key's time is exponential with its weight
    /// as rate (−ln U / w, U the key's uniform hash for the band), in either order. A rare word is picked more often
    /// than a common one, so two sentences share a band mostly through rare words (weighted min-hash).
    /// </summary>
    public static ulong Band(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights, int band)
    {
        var (first, second) = (double.MaxValue, double.MaxValue);
        var (firstKey, secondKey) = (0UL, 0UL);
        for (var k = 0; k < keys.Length; k++)
        {
            var hash = TermHash.Mix(keys[k] ^ Seeds[band]);
            var uniform = ((hash >> 11) + 0.5) / (1UL << 53);
            var time = -Math.Log(uniform) / weights[k];
            if (time < first)
            {
                (second, secondKey) = (first, firstKey);
                (first, firstKey) = (time, keys[k]);
            }
            else if (time < second)
            {
                (second, secondKey) = (time, keys[k]);
            }
        }

        var (low, high) = firstKey < secondKey ? (firstKey, secondKey) : (secondKey, firstKey);
        return TermHash.Mix((low * 31) ^ high ^ ((ulong)band << 56));
    }
}

/// <summary>One fingerprint of sentence <see cref="Sentence"/> of an article.</summary>
public readonly record struct PassageFingerprint(ulong Hash, int Sentence);

using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Assign;

/// <summary>
/// The shingles of an article: hashes of every run of <see cref="Width"/> consecutive content terms, a term
/// being a word's light stem (stop words skipped) or a number. Stems make «الطائرات» and «طائرات» one term, so
/// lightly edited reprints keep most of their shingles.
/// </summary>
public static class Shingles
{
    /// <summary>Terms per shingle (3).</summary>
    public const int Width = 3;

    /// <summary>The distinct shingle hashes of <paramref name="text"/>, sorted.</summary>
    public static ulong[] Of(string text)
    {
        var terms = new List<ulong>();
        Span<char> key = stackalloc char[MatchKey.MaxLength(Tokenizer.MaxTokenLength)];
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.IsWord)
            {
                var length = MatchKey.Write(token.Of(text), key);
                if (!StopWords.Default.Contains(key[..length]))
                {
                    terms.Add(Hash(LightStemmer.StemOf(key[..length])));
                }
            }
            else if (token.Kind is TokenKind.Number or TokenKind.Designator)
            {
                terms.Add(Hash(key[..MatchKey.Write(token.Of(text), key)]));
            }
        }

        var shingles = new HashSet<ulong>();
        for (var i = 0; i + Width <= terms.Count; i++)
        {
            shingles.Add(Mix(terms[i] ^ Mix(terms[i + 1] ^ Mix(terms[i + 2]))));
        }

        var sorted = shingles.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The share of shingles two sorted sets have in common (|A∩B| / |A∪B|); 0 for two empty sets.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var union = a.Length + b.Length - common;
        return union == 0 ? 0 : (double)common / union;
    }

    /// <summary>FNV-1a over the characters, then mixed.</summary>
    internal static ulong Hash(ReadOnlySpan<char> term)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash);
    }

    /// <summary>The SplitMix64 finalizer: spreads every input bit over the whole output.</summary>
    internal static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}

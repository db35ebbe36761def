using Khabar.Text;
using Khabar.Core.Analyze;

namespace Khabar.Core.Assign;

/// <summary>
/// The shingles of an article: hashes of every run of <see cref="Width"/> consecutive content terms (light stems
/// of non-stop words, and numbers). Stems make «الطائرات» and «طائرات» one term, so lightly edited reprints keep
/// most of their shingles.
/// </summary>
public static class Shingles
{
    /// <summary>Terms per shingle (3).</summary>
    public const int Width = 3;

    /// <summary>The distinct shingle hashes of <paramref name="text"/>, sorted.</summary>
    public static ulong[] Of(string text) => Of(ContentTerms.Of(text));

    /// <summary>The distinct shingle hashes of <paramref name="terms"/>, sorted.</summary>
    public static ulong[] Of(ContentTerms terms)
    {
        var list = terms.Terms;
        if (list.Length < Width)
        {
            return [];
        }

        // Every run's hash, sorted, then each kept once.
        var all = new ulong[list.Length - Width + 1];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = TermHash.Mix(list[i].Stem ^ TermHash.Mix(list[i + 1].Stem ^ TermHash.Mix(list[i + 2].Stem)));
        }

        Array.Sort(all);
        var distinct = 1;
        for (var i = 1; i < all.Length; i++)
        {
            if (all[i] != all[distinct - 1])
            {
                all[distinct++] = all[i];
            }
        }

        return distinct == all.Length ? all : all[..distinct];
    }

    /// <summary>The share of shingles two sorted sets have in common (|A∩B| / |A∪B|); 0 for two empty sets.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        var common = SortedKeys.Common(a, b);
        var union = a.Length + b.Length - common;
        return union == 0 ? 0 : (double)common / union;
    }
}

using Khabar.Text.Normalize;
using Khabar.Text.Resources;

namespace Khabar.Text.Dates;

/// <summary>The month names of <c>months.txt</c> by match key; Levantine names take two words (تشرين الأول).</summary>
public static class MonthNames
{
    private static readonly Dictionary<string, int> ByKey = Load();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByKey.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The month (1–12) that <paramref name="key"/> (one or two words, one space) names, or 0.</summary>
    public static int Of(ReadOnlySpan<char> key) => Lookup.TryGetValue(key, out var month) ? month : 0;

    private static Dictionary<string, int> Load()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in EmbeddedWordList.Load("months.txt"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var month = int.Parse(line.AsSpan(0, tab), System.Globalization.CultureInfo.InvariantCulture);
            var words = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => MatchKey.Of(w));
            months[string.Join(' ', words)] = month;
        }

        return months;
    }
}

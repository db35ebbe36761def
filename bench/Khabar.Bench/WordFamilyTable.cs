using System.Globalization;
using Khabar.Core.Analyze;

namespace Khabar.Bench;

/// <summary>
/// <c>word-families [--max N] [--write] [--sample K]</c>: the verb and noun families (<see cref="WordFamilies.OfTable"/>)
/// of the stems in <c>src/Khabar.Core/Analyze/Resources/term-df.txt</c>. Prints how many there are and K of them
/// at random; <c>--write</c> writes them to <c>src/Khabar.Core/Analyze/Resources/word-families.txt</c>, the list
/// consolidation reads. Run from the repository's root.
/// </summary>
internal static class WordFamilyTable
{
    private const string Table = "src/Khabar.Core/Analyze/Resources/term-df.txt";
    private const string Output = "src/Khabar.Core/Analyze/Resources/word-families.txt";

    public static int Run(string[] args)
    {
        if (!File.Exists(Table))
        {
            Console.Error.WriteLine($"word-families: {Table}: no such file (run from the repository's root)");
            return 2;
        }

        var max = WordFamilies.MaxFamily;
        var sample = 30;
        if ((NerTraining.Option(args, "--max") is { } m && (!int.TryParse(m, CultureInfo.InvariantCulture, out max) || max < 2))
            || (NerTraining.Option(args, "--sample") is { } k && (!int.TryParse(k, CultureInfo.InvariantCulture, out sample) || sample < 0)))
        {
            Console.Error.WriteLine("word-families: --max takes a whole number of 2 or more, --sample one of 0 or more");
            return 2;
        }

        var table = File.ReadAllText(Table);
        var families = WordFamilies.OfTable(table, max);
        var all = WordFamilies.OfTable(table, int.MaxValue);
        Console.WriteLine($"{families.Count:N0} families of 2 to {max} ({families.Sum(f => f.Length):N0} stems); {all.Count - families.Count} larger left out, the largest {all.Max(f => f.Length)} stems");
        foreach (var family in families.OrderBy(f => f[0].GetHashCode(StringComparison.Ordinal) ^ 0x2f1d).Take(sample))
        {
            Console.WriteLine("  " + string.Join(' ', family));
        }

        foreach (var family in all.Where(f => f.Length > max).Take(5))
        {
            Console.WriteLine("  left out: " + string.Join(' ', family));
        }

        if (args.Contains("--write"))
        {
            File.WriteAllText(Output, WordFamilies.Write(families));
            Console.WriteLine($"wrote {Output}");
        }

        return 0;
    }
}

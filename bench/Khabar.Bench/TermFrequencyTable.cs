using System.Globalization;
using System.Text;
using Khabar.Core.Analyze;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Bench;

/// <summary>
/// Rebuilds <c>src/Khabar.Core/Analyze/Resources/term-df.txt</c>: in how many SaudiNewsNet articles each
/// content term (light stem of a non-stop word, or a number's key, a number word's too: <see cref="ContentTerms"/>) occurs, for the terms in at least
/// <c>--min-share</c> of the articles. Only counts are written, no text.
/// Usage: <c>df [FOLDER] [--min-share 0.0015]</c>.
/// </summary>
internal static class TermFrequencyTable
{
    public static int Run(string[] args)
    {
        var folder = SaudiNewsNetCorpus.FolderFrom(args);
        var at = Array.IndexOf(args, "--min-share");
        var minShare = at >= 0 ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : 0.0015;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var key = new char[MatchKey.MaxLength(Tokenizer.MaxTokenLength)];
        var scratch = new char[MatchKey.MaxLength(Tokenizer.MaxTokenLength)];
        foreach (var text in SaudiNewsNetCorpus.Contents(folder))
        {
            documents++;
            seen.Clear();
            var previousNumberWord = -1;
            foreach (var token in Tokenizer.Tokenize(text))
            {
                if (!token.IsWord && token.Kind is not (TokenKind.Number or TokenKind.Designator))
                {
                    continue;
                }

                var length = MatchKey.Write(token.Of(text), key);
                var term = key.AsSpan(0, length);
                if (token.IsWord && StopWords.Default.Contains(term))
                {
                    continue;
                }

                seen.Add(!token.IsWord ? term.ToString()
                    : ContentTerms.NumberOfWord(text, token, term, ref previousNumberWord, scratch) ?? LightStemmer.StemOf(term).ToString());
            }

            foreach (var term in seen)
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        var min = (int)Math.Ceiling(documents * minShare);
        var output = new StringBuilder();
        output.Append("# Document frequencies of content terms (light stems of match keys; numbers) in the SaudiNewsNet\n");
        output.Append("# corpus (14 Saudi outlets, July-August 2015, CC BY-NC-SA 4.0): counts only, no text. Rebuilt by\n");
        output.Append(CultureInfo.InvariantCulture, $"# `dotnet run -c Release --project bench/Khabar.Bench -- df ../shared/data/saudinewsnet --min-share {minShare}`.\n");
        output.Append(CultureInfo.InvariantCulture, $"documents\t{documents}\n");
        foreach (var (term, count) in frequency.Where(p => p.Value >= min)
                     .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            output.Append(CultureInfo.InvariantCulture, $"{term}\t{count}\n");
        }

        Console.Out.Write(output.ToString());
        Console.Error.WriteLine($"{documents:N0} documents, {frequency.Count:N0} terms, {frequency.Count(p => p.Value >= min):N0} written (df >= {min})");
        return 0;
    }
}

using Khabar.Text.Unicode;

namespace Khabar.Core.Entities.Tagging;

/// <summary>One line of CoNLL-style input: a token and, when the line has one, its tag as written.</summary>
public readonly record struct ConllLine(string Token, string? Tag)
{
    public bool IsBreak => Token.Length == 0 && Tag is null;
}

/// <summary>
/// Reads CoNLL-style lines: <c>token</c> or <c>token TAG</c> (the tag is the last white-space separated field
/// when it reads as a BIO label), blank lines between sentences.
/// </summary>
public static class ConllReader
{
    public static IEnumerable<ConllLine> Lines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return Parse(line);
        }
    }

    public static ConllLine Parse(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return new ConllLine("", null);
        }

        var space = trimmed.LastIndexOfAny(' ', '\t');
        if (space > 0 && BioLabel.TryParse(trimmed[(space + 1)..], out _))
        {
            return new ConllLine(trimmed[..space].Trim().ToString(), trimmed[(space + 1)..].ToString());
        }

        return BioLabel.TryParse(trimmed, out _) && trimmed.Length > 1
            ? new ConllLine("", trimmed.ToString())
            : new ConllLine(trimmed.ToString(), null);
    }

    /// <summary>
    /// Tagged training sentences: split at blank lines and after sentence-final tokens (. ! ? ؟), as ANERcorp
    /// has no blank lines. Lines with no token, or whose tag is not a label, are skipped.
    /// </summary>
    public static List<TaggedSentence> Sentences(IEnumerable<ConllLine> lines)
    {
        var sentences = new List<TaggedSentence>();
        var tokens = new List<string>();
        var labels = new List<int>();
        foreach (var line in lines)
        {
            if (line.Token.Length > 0 && line.Tag is not null && BioLabel.TryParse(line.Tag, out var label))
            {
                tokens.Add(line.Token);
                labels.Add(label);
            }

            if ((line.IsBreak || IsSentenceEnd(line.Token)) && tokens.Count > 0)
            {
                sentences.Add(new TaggedSentence([.. tokens], [.. labels]));
                tokens.Clear();
                labels.Clear();
            }
        }

        if (tokens.Count > 0)
        {
            sentences.Add(new TaggedSentence([.. tokens], [.. labels]));
        }

        return sentences;
    }

    /// <summary>
    /// Whether a token ends a sentence: one <see cref="Punctuation.IsSentenceFinal"/> mark, or «...». Other runs
    /// (AQMAR writes «..» inside sentences) do not; the tagger's model was trained on sentences cut this way.
    /// </summary>
    public static bool IsSentenceEnd(string token) => (token.Length == 1 && Punctuation.IsSentenceFinal(token[0])) || token == "...";
}

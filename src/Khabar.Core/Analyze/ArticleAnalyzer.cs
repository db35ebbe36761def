using Khabar.Text;
using Khabar.Text.Sentences;
using Khabar.Text.Tokenize;

namespace Khabar.Core.Analyze;

/// <summary>The Analyze stage: a pure function of one article's clean text, so it runs on all cores.</summary>
public static class ArticleAnalyzer
{
    /// <summary>Bumped whenever the analysis changes; stored analyses of an older version are recomputed.</summary>
    public const int Version = 1;

    public static ArticleAnalysis Analyze(string cleanText)
    {
        var sentences = new List<TextExtent>();
        SentenceSplitter.Split(cleanText, sentences);
        int words = 0, tokens = 0;
        foreach (var token in Tokenizer.Tokenize(cleanText))
        {
            tokens++;
            words += token.IsWord ? 1 : 0;
        }

        return new ArticleAnalysis { Version = Version, Sentences = sentences, Words = words, Tokens = tokens };
    }
}

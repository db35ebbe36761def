using Khabar.Text.Tokenize;

namespace Khabar.Text.Tests.Tokenize;

/// <summary>What must hold for the tokens of any text whatsoever.</summary>
internal static class TokenInvariants
{
    public static List<Token> Check(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Length > 0, $"empty token at {token.Start}");
            Assert.True(token.Start >= previousEnd, $"token at {token.Start} overlaps or precedes the one ending at {previousEnd}");
            Assert.True(token.End <= text.Length, $"token at {token.Start} runs past the end");
            var limit = token.Kind is TokenKind.Url or TokenKind.Email ? Tokenizer.MaxLinkLength : Tokenizer.MaxTokenLength;
            Assert.True(token.Length <= limit, $"token at {token.Start} is {token.Length} long");
            Assert.False(char.IsLowSurrogate(text[token.Start]) && token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1]), "split surrogate pair");
            for (var i = token.Start; i < token.End; i++)
            {
                covered[i] = true;
            }

            previousEnd = token.End;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!covered[i])
            {
                var c = text[i];
                Assert.True(char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format,
                    $"character U+{(int)c:X4} at {i} belongs to no token");
            }
        }

        return tokens;
    }
}

using System.CommandLine;
using Khabar.Text.Normalize;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar tokens FILE|-</c>: one line per token: offset, length, kind, text, match key, stem.</summary>
internal static class TokensCommand
{
    public static Command Build() =>
        TextCommand.Build("tokens", "Print the tokens of a text with their kind, offsets, match key and light stem.", Write);

    private static void Write(string text, TextWriter output)
    {
        Span<char> key = stackalloc char[MatchKey.MaxLength(Tokenizer.MaxTokenLength)];
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var surface = token.Of(text);
            if (token.IsWord)
            {
                var length = MatchKey.Write(surface, key);
                var stem = LightStemmer.Stem(key[..length]);
                output.WriteLine($"{token.Start}\t{token.Length}\t{token.Kind}\t{surface}\t{key[..length]}\t{stem.Of(key[..length])}");
            }
            else
            {
                output.WriteLine($"{token.Start}\t{token.Length}\t{token.Kind}\t{surface}");
            }
        }
    }
}

using System.CommandLine;
using Khabar.Text;
using Khabar.Text.Sentences;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar sentences FILE|-</c>: one sentence per line, prefixed by its offset and length.</summary>
internal static class SentencesCommand
{
    public static Command Build() =>
        TextCommand.Build("sentences", "Split a text into sentences, one per line with its offset and length.", Write);

    private static void Write(string text, TextWriter output)
    {
        var sentences = new List<TextExtent>();
        SentenceSplitter.Split(text, sentences);
        foreach (var sentence in sentences)
        {
            output.WriteLine($"{sentence.Start}\t{sentence.Length}\t{sentence.Of(text)}");
        }
    }
}

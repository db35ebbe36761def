using System.CommandLine;
using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Sentences;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar sentences FILE|-</c>: one sentence per line, prefixed by its offset and length.</summary>
internal static class SentencesCommand
{
    public static Command Build()
    {
        var input = new Argument<string>("input") { Description = "A UTF-8 text file, or - for standard input." };
        var command = new Command("sentences", "Split a text into sentences, one per line with its offset and length.")
        {
            input,
        };
        command.SetAction((parse) =>
        {
            var config = parse.InvocationConfiguration;
            var (text, error) = TextInput.Read(parse.GetValue(input)!, Console.In);
            if (text is null)
            {
                config.Error.WriteLine(error);
                return ExitCodes.BadInput;
            }

            var normalized = DisplayNormalizer.Normalize(text).Text;
            var sentences = new List<TextExtent>();
            SentenceSplitter.Split(normalized, sentences);
            foreach (var sentence in sentences)
            {
                config.Output.WriteLine($"{sentence.Start}\t{sentence.Length}\t{sentence.Of(normalized)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using Khabar.Text.Normalize;

namespace Khabar.Cli.Commands;

/// <summary>The shape of the text commands: read one UTF-8 input, display-normalize it, print what <c>write</c> makes of it.</summary>
internal static class TextCommand
{
    public static Command Build(string name, string description, Action<string, TextWriter> write)
    {
        var input = new Argument<string>("input") { Description = "A UTF-8 text file, or - for standard input." };
        var command = new Command(name, description) { input };
        command.SetAction(parse =>
        {
            var config = parse.InvocationConfiguration;
            var (text, error) = TextInput.Read(parse.GetValue(input)!, Console.In);
            if (text is null)
            {
                config.Error.WriteLine(error);
                return ExitCodes.BadInput;
            }

            write(DisplayNormalizer.Normalize(text).Text, config.Output);
            return ExitCodes.Ok;
        });
        return command;
    }
}

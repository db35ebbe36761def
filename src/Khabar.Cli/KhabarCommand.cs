using System.CommandLine;
using Khabar.Cli.Commands;

namespace Khabar.Cli;

/// <summary>Assembles the <c>khabar</c> command tree; each command lives in its own file under Commands/.</summary>
public static class KhabarCommand
{
    /// <summary>Parses and runs <paramref name="args"/>; a bad command line (its errors and usage printed) exits with <see cref="ExitCodes.BadInput"/>.</summary>
    public static int Run(string[] args, InvocationConfiguration configuration)
    {
        var parse = Build().Parse(args);
        var exitCode = parse.Invoke(configuration);
        return parse.Errors.Count > 0 ? ExitCodes.BadInput : exitCode;
    }

    public static RootCommand Build()
    {
        var root = new RootCommand("Khabar: turn Arabic news from many outlets into stories.");
        root.Subcommands.Add(IngestCommand.Build());
        root.Subcommands.Add(AnalyzeCommand.Build());
        root.Subcommands.Add(StoriesCommand.Build());
        root.Subcommands.Add(StoryCommand.Build());
        root.Subcommands.Add(WatchCommand.Build());
        root.Subcommands.Add(SearchCommand.Build());
        root.Subcommands.Add(ServeCommand.Build());
        root.Subcommands.Add(ExportCommand.Build());
        root.Subcommands.Add(TokensCommand.Build());
        root.Subcommands.Add(SentencesCommand.Build());
        root.Subcommands.Add(TagCommand.Build());
        return root;
    }
}

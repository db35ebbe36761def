using System.CommandLine;

namespace Khabar.Cli.Tests;

/// <summary>Runs the <c>khabar</c> command tree in-process with its output captured.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = KhabarCommand.Run(args, new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

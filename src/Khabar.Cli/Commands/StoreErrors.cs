using Khabar.Storage;

namespace Khabar.Cli.Commands;

/// <summary>Turns a store that cannot be opened into one clear line and exit code 2, instead of a stack trace.</summary>
internal static class StoreErrors
{
    public static int Report(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (StoreUnavailableException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
    }
}

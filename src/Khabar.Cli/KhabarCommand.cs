using System.CommandLine;

namespace Khabar.Cli;

/// <summary>Assembles the <c>khabar</c> command tree.</summary>
public static class KhabarCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Khabar: turn Arabic news from many outlets into stories.");
        return root;
    }
}

namespace Khabar.Cli;

/// <summary>The exit codes of every <c>khabar</c> command, as documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked was done.</summary>
    public const int Ok = 0;

    /// <summary>The work was done but some inputs were rejected (each named in the summary).</summary>
    public const int SomeRejected = 1;

    /// <summary>Bad command line, or no usable input at all.</summary>
    public const int BadInput = 2;
}

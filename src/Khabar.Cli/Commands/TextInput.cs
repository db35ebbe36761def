using System.Text;

namespace Khabar.Cli.Commands;

/// <summary>Reads the text a text command works on: a UTF-8 file, or standard input for <c>-</c>.</summary>
internal static class TextInput
{
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or an error message naming the file and the problem.</summary>
    public static (string? Text, string? Error) Read(string path, TextReader standardInput)
    {
        if (path == "-")
        {
            return (standardInput.ReadToEnd(), null);
        }

        try
        {
            return (File.ReadAllText(path, StrictUtf8), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, $"{path}: not valid UTF-8 text");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: {e.Message}");
        }
    }
}

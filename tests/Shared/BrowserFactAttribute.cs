namespace Khabar.Tests;

/// <summary>A fact that needs Chromium: skipped without it, unless KHABAR_REQUIRE_BROWSER is set (then it fails).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Debian's Chromium, which .ci/run installs.</summary>
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && Environment.GetEnvironmentVariable("KHABAR_REQUIRE_BROWSER") is not { Length: > 0 })
        {
            Skip = $"{Chromium} is not installed (CI installs it; apt-get install chromium)";
        }
    }
}

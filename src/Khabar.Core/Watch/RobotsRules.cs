using System.Text;

namespace Khabar.Core.Watch;

/// <summary>
/// What a site's <c>/robots.txt</c> lets Khabar fetch (RFC 9309): the group for the user agent «Khabar» if there is
/// one, else the group for «*»; within it the longest matching Allow or Disallow rule decides (Allow on a tie), with
/// <c>*</c> for any run of characters and <c>$</c> for the end of the path. Also the group's Crawl-delay, which widens
/// the gap between requests to that host. Parsing never throws: lines it cannot read are skipped.
/// </summary>
public sealed class RobotsRules
{
    private const string Agent = "khabar";

    /// <summary>Longest file read; the RFC asks crawlers to read at least 500 KiB.</summary>
    public const int MaxBytes = 512 * 1024;

    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <summary>Everything allowed: no file, or a 4xx answer for it.</summary>
    public static RobotsRules AllowAll { get; } = new([], null);

    /// <summary>The gap the site asks for between requests, if it names one (capped at a minute).</summary>
    public TimeSpan? CrawlDelay { get; }

    public static RobotsRules Parse(byte[] body) => Parse(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, MaxBytes)));

    public static RobotsRules Parse(string text)
    {
        // Groups: consecutive user-agent lines, then their rules. Ours if any group names us, else the "*" group.
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules, TimeSpan? Delay)>();
        (List<string> Agents, List<(string, bool)> Rules, TimeSpan? Delay)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            line = (hash >= 0 ? line[..hash] : line).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                if (!lastWasAgent || current is null)
                {
                    current = ([], [], null);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is not { } group)
            {
                continue;
            }

            switch (field)
            {
                case "allow" or "disallow" when value.Length > 0:
                    group.Rules.Add((value, field == "allow"));
                    break;
                case "crawl-delay" when double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                    groups[^1] = current.Value with { Delay = TimeSpan.FromSeconds(Math.Min(seconds, 60)) };
                    current = groups[^1];
                    break;
            }
        }

        var ours = groups.Where(g => g.Agents.Contains(Agent)).ToList();
        var chosen = ours.Count > 0 ? ours : groups.Where(g => g.Agents.Contains("*")).ToList();
        return chosen.Count == 0
            ? AllowAll
            : new RobotsRules([.. chosen.SelectMany(g => g.Rules)], chosen.Select(g => g.Delay).FirstOrDefault(d => d is not null));
    }

    /// <summary>Whether the path and query of <paramref name="url"/> may be fetched.</summary>
    public bool Allows(Uri url)
    {
        var path = url.PathAndQuery;
        var best = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (pattern.Length < best || !Matches(pattern, path))
            {
                continue;
            }

            if (pattern.Length > best || allow)
            {
                (best, allowed) = (pattern.Length, allow);
            }
        }

        return allowed;
    }

    /// <summary>Whether <paramref name="pattern"/> (with * and a final $) matches the start of <paramref name="path"/>.</summary>
    private static bool Matches(string pattern, string path) =>
        pattern.EndsWith('$') ? Glob(pattern[..^1], path) : Glob(pattern + "*", path);

    /// <summary>Whole-text match with * for any run, in time linear in the two lengths' product at worst (a hostile file cannot stall it).</summary>
    private static bool Glob(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                (star, mark) = (p++, t);
            }
            else if (p < pattern.Length && pattern[p] == text[t])
            {
                (p, t) = (p + 1, t + 1);
            }
            else if (star >= 0)
            {
                (p, t) = (star + 1, ++mark);
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}

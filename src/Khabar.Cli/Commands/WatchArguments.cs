using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Khabar.Core.Ingest;
using Khabar.Core.Watch;

namespace Khabar.Cli.Commands;

/// <summary>The options <c>watch</c> and <c>serve</c> share: feeds, how often, how politely.</summary>
internal sealed class WatchArguments
{
    public Option<string[]> Feeds { get; } = new("--feed") { Description = "An RSS or Atom feed to poll (repeatable); its items' pages are read.", AllowMultipleArgumentsPerToken = false };

    public Option<TimeSpan> Every { get; } = Duration("--every", "How often feeds are polled and folders scanned (e.g. 30s, 5m, 1h; at least 1s).", TimeSpan.FromMinutes(5), least: TimeSpan.FromSeconds(1));

    public Option<TimeSpan> Gap { get; } = Duration("--gap", "The least time between two requests to one host.", TimeSpan.FromSeconds(1), least: TimeSpan.Zero);

    public IEnumerable<Option> All => [Feeds, Every, Gap];

    public WatchOptions Read(ParseResult parse, IReadOnlyList<string> folders, IngestOptions ingest) => new()
    {
        Folders = folders,
        Feeds = (parse.GetValue(Feeds) ?? []).Select(f => new Uri(f)).ToList(),
        Every = parse.GetValue(Every),
        HostGap = parse.GetValue(Gap),
        Ingest = ingest,
    };

    public WatchArguments()
    {
        // A feed that is not an http(s) address is refused at once, named.
        Feeds.Validators.Add(result =>
        {
            foreach (var feed in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!Uri.TryCreate(feed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    result.AddError($"--feed {feed}: not an http or https address");
                }
            }
        });
    }

    /// <summary>A duration option: a number and a unit (ms, s, m, h), e.g. <c>90s</c> or <c>5m</c>, at least <paramref name="least"/>.</summary>
    private static Option<TimeSpan> Duration(string name, string description, TimeSpan fallback, TimeSpan least) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => fallback,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (!TryParse(text, out var value))
            {
                result.AddError($"{name} {text}: not a duration (a number and a unit: 500ms, 30s, 5m, 1h)");
            }
            else if (value < least)
            {
                // A watch polling without pause would hammer every feed and scan the folders in a tight loop.
                result.AddError($"{name} {text}: at least {least.TotalSeconds:0.###}s");
            }
            else
            {
                return value;
            }

            return fallback;
        },
    };

    internal static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        var unit = text.EndsWith("ms", StringComparison.Ordinal) ? 2 : text.Length > 0 && "smh".Contains(text[^1], StringComparison.Ordinal) ? 1 : 0;
        if (unit == 0 || !double.TryParse(text[..^unit], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount < 0 || amount > 1e6)
        {
            return false;
        }

        value = text[^unit..] switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            _ => TimeSpan.FromHours(amount),
        };
        return true;
    }
}

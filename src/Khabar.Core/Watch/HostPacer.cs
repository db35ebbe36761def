namespace Khabar.Core.Watch;

/// <summary>
/// Keeps requests to one host at least a gap apart (feeds and pages alike), counted from the end of one request to the
/// start of the next, so that a slow answer never brings the next request closer than the gap; other hosts do not wait.
/// </summary>
public sealed class HostPacer(TimeSpan gap, TimeProvider clock)
{
    private readonly Dictionary<string, long> _last = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TimeSpan> _gaps = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Keeps requests to <paramref name="host"/> at least <paramref name="hostGap"/> apart when that is wider than the usual gap (a site's Crawl-delay).</summary>
    public void AtLeast(string host, TimeSpan hostGap) => _gaps[host] = hostGap > gap ? hostGap : gap;

    /// <summary>Counts a request to <paramref name="url"/>'s host as ended now (its answer read or failed).</summary>
    public void Done(Uri url) => _last[url.Host] = clock.GetTimestamp();

    /// <summary>Waits until a request to <paramref name="url"/>'s host is polite, and counts it as made now (see <see cref="Done"/>).</summary>
    public async Task Turn(Uri url, CancellationToken cancellationToken)
    {
        if (_last.TryGetValue(url.Host, out var last))
        {
            var wait = _gaps.GetValueOrDefault(url.Host, gap) - clock.GetElapsedTime(last);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken);
            }
        }

        _last[url.Host] = clock.GetTimestamp();
    }
}

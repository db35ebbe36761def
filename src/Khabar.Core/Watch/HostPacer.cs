namespace Khabar.Core.Watch;

/// <summary>Keeps requests to one host at least a gap apart (feeds and pages alike); other hosts do not wait.</summary>
public sealed class HostPacer(TimeSpan gap, TimeProvider clock)
{
    private readonly Dictionary<string, long> _last = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until a request to <paramref name="url"/>'s host is polite, and counts it as made now.</summary>
    public async Task Turn(Uri url, CancellationToken cancellationToken)
    {
        if (_last.TryGetValue(url.Host, out var last))
        {
            var wait = gap - clock.GetElapsedTime(last);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken);
            }
        }

        _last[url.Host] = clock.GetTimestamp();
    }
}

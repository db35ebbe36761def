using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Khabar.Bench;

/// <summary>
/// Counts the runtime's allocation samples (one event about every 100 KB allocated) by the type allocated, while it is
/// enabled: where a stage's bytes go, without a profiler. <c>--alloc</c> on the commands that support it.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not null && e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) && e.Payload is { } payload)
        {
            var type = payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            _bytes.AddOrUpdate(type, amount, (_, v) => v + amount);
        }
    }

    public void Print(int top)
    {
        var total = _bytes.Values.Sum();
        Console.WriteLine($"allocation samples: {total / 1e6:F0} MB in all");
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"  {100.0 * bytes / total,5:F1} %  {type}");
        }
    }
}

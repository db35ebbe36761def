using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Khabar.Core.Ports;

namespace Khabar.Bench;

/// <summary>A store that times every call made to it, by method: where a stage waits on SQLite.</summary>
internal class TimedStore : DispatchProxy
{
    private IStoryStore _inner = null!;

    /// <summary>Seconds (as ticks) and calls, by method name, over every store wrapped in the process.</summary>
    public static readonly ConcurrentDictionary<string, (long Ticks, int Calls)> Times = new();

    /// <summary>The store, its calls timed.</summary>
    public static IStoryStore Wrap(IStoryStore inner)
    {
        var proxy = Create<IStoryStore, TimedStore>();
        ((TimedStore)(object)proxy)._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return method!.Invoke(_inner, args);
        }
        catch (TargetInvocationException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException!).Throw();
            throw;
        }
        finally
        {
            var t = Stopwatch.GetTimestamp() - start;
            Times.AddOrUpdate(method!.Name, (t, 1), (_, v) => (v.Ticks + t, v.Calls + 1));
        }
    }

    /// <summary>Writes the times, the longest first.</summary>
    public static void Print()
    {
        foreach (var (name, (ticks, calls)) in Times.OrderByDescending(t => t.Value.Ticks))
        {
            Console.WriteLine($"  {name,-28} {ticks / (double)Stopwatch.Frequency,7:F2} s  {calls,7:N0} calls");
        }
    }
}

using System.Reflection;
using Khabar.Core.Ports;

namespace Khabar.Storage.Tests.Pipeline;

/// <summary>
/// A store that behaves as the one it wraps until its <paramref name="failingWrite"/>-th batch write, which throws
/// before reaching the store: a process dying mid-ingest, at a chosen point instead of a random one.
/// </summary>
public class FaultInjectingStore : DispatchProxy
{
    private IStore _inner = null!;
    private int _writesLeft;

    public static IStore Wrap(IStore inner, int failingWrite)
    {
        var proxy = Create<IStore, FaultInjectingStore>();
        var self = (FaultInjectingStore)(object)proxy;
        self._inner = inner;
        self._writesLeft = failingWrite;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IArticleStore.Write) && --_writesLeft == 0)
        {
            throw new IOException("injected fault: the process died while writing this batch");
        }

        if (targetMethod.Name == nameof(IDisposable.Dispose))
        {
            return null; // the wrapped store outlives the failed run, as the database file outlives a process
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}

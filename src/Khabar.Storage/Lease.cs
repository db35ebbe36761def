namespace Khabar.Storage;

/// <summary>Something held until disposed (a lock, a claim): disposing it runs <paramref name="release"/> once.</summary>
internal sealed class Lease(Action release) : IDisposable
{
    private Action? _release = release;

    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
}

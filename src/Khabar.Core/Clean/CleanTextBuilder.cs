using System.Buffers;

namespace Khabar.Core.Clean;

/// <summary>
/// Accumulates the clean text of one article: characters copied from the raw text or put in place of a
/// piece of it, the offset runs that map them back, and the removals. Every raw character is either copied,
/// replaced or removed, in order.
/// </summary>
internal sealed class CleanTextBuilder : IDisposable
{
    private readonly string _raw;
    private readonly List<OffsetRun> _runs = [];
    private readonly List<Removal> _removals = [];
    private char[] _text;
    private int _length;

    // The raw offset a copy must start at to extend the current one-for-one run; -1 after a replacement.
    private int _continuation = -1;

    public CleanTextBuilder(string raw)
    {
        _raw = raw;
        _text = ArrayPool<char>.Shared.Rent(Math.Max(raw.Length, 1));
    }

    /// <summary>Copies raw characters to the clean text.</summary>
    public void Copy(int start, int length)
    {
        if (length == 0)
        {
            return;
        }

        if (start != _continuation)
        {
            _runs.Add(new OffsetRun(_length, start, 0));
        }

        _raw.AsSpan(start, length).CopyTo(_text.AsSpan(_length));
        _length += length;
        _continuation = start + length;
    }

    /// <summary>Puts <paramref name="replacement"/> in place of raw characters.</summary>
    public void Replace(int start, int length, string replacement, CleanRule rule)
    {
        _removals.Add(new Removal(start, length, rule, replacement));
        _runs.Add(new OffsetRun(_length, start, length));
        replacement.CopyTo(_text.AsSpan(_length));
        _length += replacement.Length;
        _continuation = -1;
    }

    /// <summary>Drops raw characters, merging with a directly preceding removal by the same rule.</summary>
    public void Remove(int start, int length, CleanRule rule)
    {
        if (length == 0)
        {
            return;
        }

        if (_removals.Count > 0)
        {
            var last = _removals[^1];
            if (last.End == start && last.Rule == rule && last.Replacement is null)
            {
                _removals[^1] = last with { Length = last.Length + length };
                return;
            }
        }

        _removals.Add(new Removal(start, length, rule));
    }

    public CleanText ToCleanText()
    {
        var sourceEnd = 0;
        if (_runs.Count > 0)
        {
            var last = _runs[^1];
            sourceEnd = last.ReplacedLength > 0
                ? last.SourceStart + last.ReplacedLength
                : last.SourceStart + (_length - last.CleanStart);
        }

        return new CleanText(_raw, new string(_text, 0, _length), [.. _runs], sourceEnd, [.. _removals]);
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_text);
        _text = [];
    }
}

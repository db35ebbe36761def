using Khabar.Core.Ports;

namespace Khabar.Core.Store;

/// <summary>Running counts of an ingest: what was read and what storing it did.</summary>
public sealed record IngestTally
{
    public int Read { get; init; }
    public int Stored { get; init; }

    /// <summary>Stored, with the same clean text as an article already stored under another id.</summary>
    public int ExactDuplicates { get; init; }

    /// <summary>Already in the store from an earlier run: nothing written.</summary>
    public int AlreadyStored { get; init; }

    /// <summary>Claimed by another worker sharing the store when this one came to it: left to that worker.</summary>
    public int LeftToOthers { get; init; }

    internal IngestTally Add((IReadOnlyList<ArticleWrite> Writes, int LeftToOthers) flushed) =>
        Add(flushed.Writes) with { Read = Read + flushed.Writes.Count + flushed.LeftToOthers, LeftToOthers = LeftToOthers + flushed.LeftToOthers };

    internal IngestTally Add(IReadOnlyList<ArticleWrite> writes)
    {
        int stored = 0, duplicates = 0, already = 0;
        foreach (var write in writes)
        {
            switch (write.Outcome)
            {
                case WriteOutcome.AlreadyStored:
                    already++;
                    break;
                case WriteOutcome.StoredAsDuplicate:
                    duplicates++;
                    stored++;
                    break;
                default:
                    stored++;
                    break;
            }
        }

        return this with
        {
            Read = Read + writes.Count,
            Stored = Stored + stored,
            ExactDuplicates = ExactDuplicates + duplicates,
            AlreadyStored = AlreadyStored + already,
        };
    }
}

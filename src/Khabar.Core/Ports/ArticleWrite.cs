namespace Khabar.Core.Ports;

/// <summary>What storing one article did.</summary>
public enum WriteOutcome
{
    /// <summary>New article, stored under its own id.</summary>
    Stored,

    /// <summary>The same id with the same content was already stored: nothing written.</summary>
    AlreadyStored,

    /// <summary>Stored; its clean text equals an article already stored under another id.</summary>
    StoredAsDuplicate,

    /// <summary>Stored under a suffixed id because its id was taken by different content.</summary>
    StoredRenamed,
}

/// <summary>The outcome of storing one article: the id it has in the store and what it duplicates, if anything.</summary>
public readonly record struct ArticleWrite(string Id, WriteOutcome Outcome, string? DuplicateOf);

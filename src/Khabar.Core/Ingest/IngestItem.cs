namespace Khabar.Core.Ingest;

/// <summary>One result of reading input: an article, or the reason an input (or an item in it) was rejected.</summary>
public readonly record struct IngestItem
{
    public RawArticle? Article { get; private init; }
    public IngestRejection? Rejection { get; private init; }

    public static IngestItem Of(RawArticle article) => new() { Article = article };

    public static IngestItem Reject(string origin, string reason) => new() { Rejection = new IngestRejection(origin, reason) };
}

/// <summary>An input that gave no article, with one clear line saying why.</summary>
public sealed record IngestRejection(string Origin, string Reason)
{
    public override string ToString() => $"{Origin}: {Reason}";
}

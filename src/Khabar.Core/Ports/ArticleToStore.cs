using Khabar.Core.Domain;

namespace Khabar.Core.Ports;

/// <summary>An article and the derived records to store with it, in the same transaction.</summary>
public sealed record ArticleToStore(Article Article, IReadOnlyList<DerivedRecord> Derived);

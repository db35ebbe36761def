using Khabar.Core.Domain;
using Khabar.Core.Search;

namespace Khabar.Core.Ports;

/// <summary>
/// An article and the derived records to store with it, in the same transaction; with <see cref="Search"/>, its
/// sentences as the search index holds them, indexed in that transaction too (replacing what it had).
/// </summary>
public sealed record ArticleToStore(Article Article, IReadOnlyList<DerivedRecord> Derived, IReadOnlyList<IndexedSentence>? Search = null);

namespace Khabar.Core.Ports;

/// <summary>A whole Khabar store: its articles and its stories, in one database. Implemented in Khabar.Storage.</summary>
public interface IStore : IArticleStore, IStoryStore, ISearchIndex, IWatchLedger;

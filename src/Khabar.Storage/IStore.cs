namespace Khabar.Storage;

/// <summary>A whole Khabar store: its articles and its stories, in one database.</summary>
public interface IStore : IArticleStore, IStoryStore;

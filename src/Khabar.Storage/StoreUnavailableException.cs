namespace Khabar.Storage;

/// <summary>A store that cannot be opened: the message names the file and the problem.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

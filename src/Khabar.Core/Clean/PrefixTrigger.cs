namespace Khabar.Core.Clean;

/// <summary>A folded trigger phrase and the longest folded line it applies to.</summary>
internal readonly record struct PrefixTrigger(string Text, int MaxLineLength);

using Khabar.Core.Assign;
using Khabar.Core.Domain;

namespace Khabar.Core.Ports;

/// <summary>
/// What one assignment run changed: new links and reuse pairs, stories written (new, grown or merged), stories
/// gone (merged into another, or renamed because an earlier article joined), and for each new article its
/// publication time (null when undated) and its index terms (what later articles find it by).
/// </summary>
public sealed record StoryAssignmentChange(
    IReadOnlyList<StoryLink> Links,
    IReadOnlyList<ReusePair> Reuse,
    IReadOnlyList<Story> Written,
    IReadOnlyList<string> Removed,
    IReadOnlyDictionary<string, DateTimeOffset?> PublishedOf,
    IReadOnlyDictionary<string, ulong[]> IndexTermsOf);

namespace Khabar.Core.Entities;

/// <summary>A mention as the story keeps it: which article, where in its clean text, and the words written.</summary>
public sealed record SourcedMention(string Article, int Start, int Length, string Text);

/// <summary>
/// One person, place, organisation or piece of equipment as a story names it: every spelling merged into one,
/// with the name to show (<see cref="Name"/>, Arabic), a Latin-script name (for a person or place always: from the
/// texts, the lists, or else a romanization marked <see cref="LatinGuessed"/>), the role or
/// title stated for it, and each mention with its article and offsets.
/// </summary>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    string? Latin,
    IReadOnlyList<string> Variants,
    string? Role,
    IReadOnlyList<SourcedMention> Mentions)
{
    /// <summary>
    /// The <see cref="Latin"/> name is a romanization Khabar guessed (<see cref="Khabar.Text.Transliterate.Romanizer"/>),
    /// not a spelling from a text or a list: shown as a guess.
    /// </summary>
    public bool LatinGuessed { get; init; }

    /// <summary>
    /// Its key across stories (type and name key, <c>person-grgr-bflnk</c>: the entity page's address), set when the story
    /// is consolidated; null when its name is too short to give one.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>The articles that name it, in first-mention order.</summary>
    public IReadOnlyList<string> Sources => Mentions.Select(m => m.Article).Distinct().ToList();
}

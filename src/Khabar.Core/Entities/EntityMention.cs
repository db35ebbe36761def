namespace Khabar.Core.Entities;

/// <summary>
/// One place an article names an entity: its type, where (UTF-16 offsets into the article's clean text), the
/// words as written, and the role or title written right before a person's name (وزير الدفاع الروسي), if any.
/// </summary>
public sealed record EntityMention(EntityType Type, int Start, int Length, string Text, string? Role = null)
{
    public int End => Start + Length;
}

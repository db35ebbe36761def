namespace Khabar.Text.Dates;

/// <summary>A calendar date written out in a text, and where.</summary>
public readonly record struct DateMention(DateOnly Date, int Start, int Length);

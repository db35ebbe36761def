using Khabar.Text;
using Khabar.Text.Dates;

namespace Khabar.Core.Consolidate;

/// <summary>A day expression of a story sentence with what it is about (<see cref="Slot"/>).</summary>
internal sealed record DatedValue(StorySentence Sentence, TemporalExpression Expression, Slot Slot)
{
    public TextExtent Extent => new(Expression.Start, Expression.Length);

    /// <summary>Whether two values of different articles are about the same thing.</summary>
    public bool SameSlot(DatedValue other) => Sentence.Article != other.Sentence.Article && Slot.Matches(other.Slot);

    /// <summary>The day expressions of every sentence, with their slots, by sentence index.</summary>
    public static DatedValue[][] Of(StoryText story) =>
        story.Sentences.Select(s => s.EventDays
            .Select(e => new DatedValue(s, e, Consolidate.Slot.Of(story, s, new TextExtent(e.Start, e.Length), s.Dates.Select(d => new TextExtent(d.Start, d.Length)))))
            .ToArray()).ToArray();
}

using Khabar.Text;
using Khabar.Text.Unicode;

namespace Khabar.Core.Consolidate;

/// <summary>
/// What a value in a sentence (a date, a number) is about: the distinctive keys of the words around it. Arabic
/// news puts the date after its verb (ضربت محافظة ظفار «مساء أمس الخميس»), so the slot is the words from the
/// previous comma or value up to this one, plus the words after it up to the next comma when no other value
/// comes first; when that names no event (a date in its own commas), the clauses before it are added back to the
/// nearest event word, unless the value's own words report a statement («مشيراً إلى أن …»). Two values of different articles are about the same thing
/// when their slots name the same event (keys of one <see cref="Paraphrases"/> event group: تفقد and رأى), or,
/// when either names none, when their keys are alike (weighted Dice at least <see cref="MinSimilarity"/>).
/// </summary>
internal sealed class Slot
{
    private readonly StoryText _story;
    private readonly HashSet<ulong> _keys;
    private readonly HashSet<ulong> _events;
    private readonly HashSet<ulong> _context;

    private Slot(StoryText story, HashSet<ulong> wide)
    {
        _story = story;
        _keys = wide.Where(k => story.ShareOf(k) <= MaxShare || story.Paraphrases.IsEvent(k)).ToHashSet();
        _events = _keys.Where(story.Paraphrases.IsEvent).ToHashSet();
        _context = wide.Where(k => !story.Paraphrases.IsEvent(k)).ToHashSet();
    }

    /// <summary>Keys in more than this share of the story's sentences do not even tell two events' settings apart.</summary>
    public const double MaxContextShare = 0.5;

    /// <summary>Whether the slots share a word besides their event (the same minister, the same storm).</summary>
    public bool SharesContext(Slot other) => _context.Overlaps(other._context);

    public const double MinSimilarity = 0.2;

    /// <summary>Whether the slot names an event (not only the saying or reporting of one).</summary>
    public bool NamesEvent => _events.Count > 0;

    /// <summary>Same event named, or (when either names none) alike keys.</summary>
    public bool Matches(Slot other)
    {
        if (NamesEvent && other.NamesEvent)
        {
            return _events.Overlaps(other._events);
        }

        double shared = 0, total = 0;
        foreach (var key in _keys)
        {
            total += _story.WeightOf(key);
            shared += other._keys.Contains(key) ? 2 * _story.WeightOf(key) : 0;
        }

        total += other._keys.Sum(_story.WeightOf);
        return total > 0 && shared / total >= MinSimilarity;
    }

    /// <summary>Keys in more than this share of the story's sentences say nothing about which event is meant.</summary>
    public const double MaxShare = 0.25;


    public static Slot Of(StoryText story, StorySentence sentence, TextExtent value, IEnumerable<TextExtent> others)
    {
        var text = story.Articles[sentence.Article].Article.CleanText;
        var markers = others.Where(o => o.Start != value.Start).ToList();
        var start = Math.Max(LastBreakBefore(text, sentence.Extent.Start, value.Start),
            markers.Where(m => m.End <= value.Start).Select(m => m.End).DefaultIfEmpty(sentence.Extent.Start).Max());
        var comma = NextBreakAfter(text, value.End, sentence.Extent.End);
        var next = markers.Where(m => m.Start >= value.End).Select(m => m.Start).DefaultIfEmpty(int.MaxValue).Min();
        var keys = story.DistinctiveKeys(sentence, start, value.Start, MaxContextShare);
        if (next > comma)
        {
            keys.UnionWith(story.DistinctiveKeys(sentence, value.End, comma, MaxContextShare));
        }

        // A value with no event of its own (a date in its own commas: «كيم جونغ أون، السبت 16 سبتمبر،») is about the
        // event of the clauses before it, back to the nearest event word; unless its clause reports a statement
        // of its own («مشيراً إلى أن … غداً الأربعاء»).
        var from = start;
        while (!keys.Any(story.Paraphrases.IsEvent) && !keys.Any(story.Paraphrases.IsReport) && from > sentence.Extent.Start)
        {
            var end = from - 1;
            from = LastBreakBefore(text, sentence.Extent.Start, end);
            if (markers.Any(m => m.Start >= from && m.Start < end))
            {
                // That clause dates its own event.
                break;
            }

            keys.UnionWith(story.DistinctiveKeys(sentence, from, end, MaxContextShare));
        }

        return new Slot(story, keys);
    }

    private static int LastBreakBefore(string text, int from, int offset)
    {
        for (var i = offset - 1; i >= from; i--)
        {
            if (IsBreak(text[i]))
            {
                return i + 1;
            }
        }

        return from;
    }

    private static int NextBreakAfter(string text, int offset, int to)
    {
        for (var i = offset; i < to; i++)
        {
            if (IsBreak(text[i]))
            {
                return i;
            }
        }

        return to;
    }

    /// <summary>
    /// Where a slot stops: a clause break, and also a dot or a colon inside the sentence (د. محمد، وأضاف: …),
    /// which the timeline's clauses (<see cref="TimelineBuilder.Clause"/>) run over.
    /// </summary>
    private static bool IsBreak(char c) => Punctuation.IsClauseBreak(c) || c is '.' or Punctuation.Colon;
}

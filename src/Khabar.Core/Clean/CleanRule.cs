namespace Khabar.Core.Clean;

/// <summary>Why <see cref="ArticleCleaner"/> removed or replaced a piece of the raw text.</summary>
public enum CleanRule
{
    /// <summary>Runs of spaces and tabs collapsed to one space, lines trimmed, blank lines and the line breaks
    /// around removed lines dropped. Trivial: a UI may hide these.</summary>
    Whitespace,

    /// <summary>Something that really looks like HTML left in the text: a stray <c>/&gt;</c>, <c>&lt;br&gt;</c>,
    /// <c>&lt;p class="x"&gt;</c>, <c>&lt;/p&gt;</c>, a comment. <c>&lt;</c> must be followed by a letter,
    /// <c>/</c>+letter or <c>!</c>, so <c>a &lt; b</c> stays. Inside a line it becomes one space.</summary>
    MarkupFragment,

    /// <summary>An HTML character reference (<c>&amp;amp;</c>, <c>&amp;#1575;</c>, <c>&amp;#x627;</c>) replaced
    /// by the character it stands for; the character maps to the reference's start.</summary>
    Entity,

    /// <summary>Remains of an embedded social post: a line carrying <c>pic.twitter.com/</c> or an embed phrase
    /// (<c>EmbedMarkers.txt</c>: "A post shared by", "View this post on Instagram" …); a line that is mostly a
    /// post link (<c>EmbedLinks.txt</c>: <c>t.co/</c>, <c>t.me/</c>, YouTube, Instagram; Twitter/X status links);
    /// a tweet attribution line <c>— Name (@handle) Month D, YYYY</c>; and the line just before it when that
    /// is in Latin script or carries a post link. Lines of at most 420 folded characters only.</summary>
    EmbeddedPost,

    /// <summary>A promotional line that starts with a trigger from <c>PromoTriggers.txt</c>
    /// (اقرأ أيضاً, شاهد أيضاً, للمزيد, Read more …), matched after light folding; a trigger-only line also takes
    /// the short headline line after it.</summary>
    Promo,

    /// <summary>A line made only of share/follow words and platform names (شارك الخبر, تابعنا على تويتر,
    /// Share, WhatsApp …), lists in <c>ShareWords.txt</c> and <c>ShareConnectors.txt</c>.</summary>
    ShareLine,

    /// <summary>A short photo caption or credit line that starts or ends with a trigger from
    /// <c>CaptionTriggers.txt</c> (صورة:، (صورة أرشيفية)، تصوير:، Getty Images …).</summary>
    PhotoCaption,
}

namespace Khabar.Core.Clean;

/// <summary>Facts about a line that decisions about its neighbours need.</summary>
[Flags]
internal enum LineTraits
{
    None = 0,

    /// <summary>A tweet attribution line (<c>— Name (@handle) Month D, YYYY</c>).</summary>
    Attribution = 1,

    /// <summary>A promo trigger with nothing after it: the headline is on the next line.</summary>
    PromoHeadOnly = 2,

    /// <summary>Has a link to a post (<c>t.co/</c>, a status link …), removed or not.</summary>
    PostLink = 4,
}

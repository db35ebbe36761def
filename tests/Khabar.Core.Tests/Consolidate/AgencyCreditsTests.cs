using Khabar.Core.Consolidate;

namespace Khabar.Core.Tests.Consolidate;

public class AgencyCreditsTests
{
    private static readonly string Body = string.Concat(Enumerable.Repeat("وأضاف المتحدث أن العمل مستمر في المشروع حتى نهاية العام الجاري. ", 6));

    [Fact]
    public void An_agency_is_credited_in_a_dateline_or_a_closing_line()
    {
        Assert.Equal(["spa"], AgencyCredits.Default.Of("الرياض - واس: " + Body));
        Assert.Equal(["afp", "reuters"], AgencyCredits.Default.Of(Body + "(رويترز - أ ف ب)").Order(StringComparer.Ordinal));
        Assert.Equal(["spa"], AgencyCredits.Default.Of("جدة - وكالة الأنباء السعودية: " + Body));
    }

    [Fact]
    public void An_agency_named_inside_the_text_or_a_word_like_an_abbreviation_is_no_credit()
    {
        Assert.Empty(AgencyCredits.Default.Of(Body + "ونقلت واس عن المتحدث قوله إن العمل مستمر. " + Body)); // a quote of the agency
        Assert.Empty(AgencyCredits.Default.Of("قنا - " + Body)); // a city, not the Qatari agency's abbreviation
    }

    [Fact]
    public void A_word_cut_at_the_edge_of_the_dateline_or_the_closing_line_is_read_whole()
    {
        // «وأسفر» from character 97 on: cut at 100 it would read «وأس», the Saudi agency's «واس».
        var head = string.Concat(Enumerable.Repeat("خبر ", 23)) + "قالت " + "وأسفر الحادث عن أضرار. " + Body;
        Assert.Equal(97, head.IndexOf("وأسفر", StringComparison.Ordinal));
        Assert.Empty(AgencyCredits.Default.Of(head));

        // «الأعوام» whose «وام» begins the last 60 characters: the Emirati agency's abbreviation.
        var tail = Body + "خلال الأعوام " + string.Concat(Enumerable.Repeat("خبر ", 14));
        Assert.StartsWith("وام", tail[^60..], StringComparison.Ordinal);
        Assert.Empty(AgencyCredits.Default.Of(tail));
    }
}

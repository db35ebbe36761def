using System.Text;
using Khabar.Core.Watch;

namespace Khabar.Core.Tests.Watch;

public class RobotsRulesTests
{
    private static bool Allows(string robots, string path) => RobotsRules.Parse(robots).Allows(new Uri(new Uri("https://news.example"), path));

    [Theory]
    [InlineData("/news/2026/port", true)]
    [InlineData("/private/minutes", false)]
    [InlineData("/private/public/notice", true)]     // the longer Allow wins
    [InlineData("/search?q=ميناء", false)]
    [InlineData("/files/report.pdf", false)]          // * and the end anchor
    [InlineData("/files/report.pdf?download=1", true)]
    [InlineData("/files/report.html", true)]
    public void The_longest_matching_rule_of_the_group_for_everyone_decides(string path, bool allowed)
    {
        const string robots = """
            # a site's rules
            User-agent: *
            Disallow: /private/
            Allow: /private/public/
            Disallow: /search
            Disallow: /*.pdf$
            """;

        Assert.Equal(allowed, Allows(robots, path));
    }

    [Fact]
    public void A_group_that_names_khabar_is_taken_instead_of_the_one_for_everyone()
    {
        const string robots = """
            User-agent: *
            Disallow: /

            User-agent: OtherBot
            User-agent: Khabar
            Disallow: /drafts/
            """;

        Assert.True(Allows(robots, "/news/port"));
        Assert.False(Allows(robots, "/drafts/port"));

        // A group for another agent whose name merely begins ours is not ours.
        Assert.True(Allows("User-agent: kha\nDisallow: /\n\nUser-agent: *\nAllow: /", "/news/port"));
    }

    [Fact]
    public void Allow_wins_a_tie_and_an_empty_disallow_keeps_nothing_out()
    {
        Assert.True(Allows("User-agent: *\nDisallow: /news\nAllow: /news", "/news/port"));
        Assert.True(Allows("User-agent: *\nDisallow:", "/anything"));
    }

    [Fact]
    public void Crawl_delay_is_read_and_capped()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), RobotsRules.Parse("User-agent: *\nCrawl-delay: 2.5").CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), RobotsRules.Parse("User-agent: *\nCrawl-delay: 86400").CrawlDelay);
        Assert.Null(RobotsRules.Parse("User-agent: *\nCrawl-delay: soon").CrawlDelay);
    }

    [Fact]
    public void Garbage_and_hostile_patterns_neither_throw_nor_stall()
    {
        var junk = RobotsRules.Parse(new byte[] { 0xFF, 0xFE, 0x00, 0x41, 0xC3 });
        Assert.True(junk.Allows(new Uri("https://news.example/x")));

        // Many stars against a long path: matched in time linear in the two lengths' product, not exponential.
        var hostile = "User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("a*", 200)) + "b\n";
        Assert.True(Allows(hostile, "/" + new string('a', 5000)));

        var big = new StringBuilder("User-agent: *\n");
        for (var i = 0; i < 50_000; i++)
        {
            big.Append("Disallow: /p").Append(i).Append('\n');
        }

        Assert.False(Allows(big.ToString(), "/p49999/x"));
    }
}

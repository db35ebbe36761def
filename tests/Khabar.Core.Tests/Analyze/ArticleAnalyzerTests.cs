using Khabar.Core.Entities;
using Khabar.Core.Pipeline;
using Khabar.Text.Dates;

namespace Khabar.Core.Tests.Analyze;

/// <summary>What the analysis of one made-up text keeps where names and dates meet.</summary>
public class ArticleAnalyzerTests
{
    private static readonly PipelineParts Parts = PipelineParts.BuiltIn();

    [Fact]
    public void A_weekday_that_ends_a_persons_name_is_a_family_not_a_day()
    {
        const string text = "وقال الأمين العام للاتحاد أحمد الخميس إن البطولة ستقام في موعدها بمشاركة ثمانية منتخبات.";

        var analysis = Parts.Analyzer.Analyze(text);

        Assert.Contains(analysis.Mentions, m => m.Type == EntityType.Person && m.Text == "أحمد الخميس");
        Assert.DoesNotContain(analysis.Dates, d => d.Kind == TemporalKind.Weekday);
    }

    [Fact]
    public void A_weekday_outside_any_name_is_still_a_day()
    {
        const string text = "وقال الأمين العام للاتحاد أحمد الخميس يوم الخميس إن البطولة ستقام في موعدها.";

        var analysis = Parts.Analyzer.Analyze(text);

        var day = Assert.Single(analysis.Dates, d => d.Kind == TemporalKind.Weekday);
        Assert.Equal(DayOfWeek.Thursday, day.Weekday);
        Assert.Equal("يوم الخميس", day.Text);
    }
}

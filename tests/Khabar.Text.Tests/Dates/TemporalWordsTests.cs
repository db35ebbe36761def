using Khabar.Text.Dates;

namespace Khabar.Text.Tests.Dates;

/// <summary>The date word lists load from their files, folded as the text is: any spelling finds the entry.</summary>
public class TemporalWordsTests
{
    [Theory]
    [InlineData("احد", DayOfWeek.Sunday)]
    [InlineData("ثلاثا", DayOfWeek.Tuesday)]       // الثلاثاء: the final hamza folds away
    [InlineData("اربعا", DayOfWeek.Wednesday)]
    [InlineData("جمعه", DayOfWeek.Friday)]         // ة → ه
    public void Weekdays(string core, DayOfWeek day) => Assert.Equal(day, TemporalWords.Weekdays[core]);

    [Theory]
    [InlineData("مسا", PartOfDay.Evening)]         // مساء، مساءً
    [InlineData("صباحا", PartOfDay.Morning)]       // صباحاً
    [InlineData("ليله", PartOfDay.Night)]
    [InlineData("فجر", PartOfDay.Dawn)]
    public void Parts_of_the_day(string core, PartOfDay part) => Assert.Equal(part, TemporalWords.Parts[core]);

    [Theory]
    [InlineData("الفايت", -1)]                     // الفائت: ئ → ي
    [InlineData("الماضيه", -1)]
    [InlineData("المقبله", 1)]
    [InlineData("الجاري", 0)]
    public void Directions(string key, int offset) => Assert.Equal(offset, TemporalWords.Directions[key]);

    [Theory]
    [InlineData("اسبوع", TemporalKind.RelativeWeek)]
    [InlineData("شهر", TemporalKind.RelativeMonth)]
    [InlineData("سنه", TemporalKind.RelativeYear)]
    public void Spans_of_time(string core, TemporalKind kind) => Assert.Equal(kind, TemporalWords.Units[core]);

    [Theory]
    [InlineData("محرم", 1)]
    [InlineData("ربيع الاخر", 4)]                  // ربيع الآخر
    [InlineData("جمادي الاولي", 5)]                // جمادى الأولى
    [InlineData("ذي الحجه", 12)]
    public void Hijri_months(string key, int month) => Assert.Equal(month, TemporalWords.HijriMonths[key]);

    [Theory]
    [InlineData("ه")]                              // هـ
    [InlineData("للهجره")]
    public void Hijri_era(string key) => Assert.Contains(key, (IReadOnlySet<string>)TemporalWords.HijriEra);

    [Theory]
    [InlineData("حتي")]                            // حتى
    [InlineData("اوايل")]                          // أوائل
    [InlineData("نهايه")]
    public void Month_cues(string core) => Assert.Contains(core, (IReadOnlySet<string>)TemporalWords.MonthCues);

    [Theory]
    [InlineData("يعتزم")]
    [InlineData("مقرر")]
    public void Future_cues(string core) => Assert.Contains(core, (IReadOnlySet<string>)TemporalWords.FutureCues);

    [Fact]
    public void Names_ending_in_today() => Assert.Contains("عين", (IReadOnlySet<string>)TemporalWords.TodayInNames);

    [Fact]
    public void Every_list_loads_and_holds_no_comment()
    {
        IEnumerable<string>[] lists =
        [
            TemporalWords.Weekdays.Keys, TemporalWords.Parts.Keys, TemporalWords.Directions.Keys, TemporalWords.Units.Keys,
            TemporalWords.HijriMonths.Keys, TemporalWords.HijriEra, TemporalWords.MonthCues, TemporalWords.FutureCues, TemporalWords.TodayInNames,
        ];
        Assert.All(lists, list => Assert.NotEmpty(list));
        Assert.All(lists.SelectMany(l => l), key => Assert.DoesNotContain('#', key));
        Assert.Equal(7, TemporalWords.Weekdays.Count);
        Assert.Equal(12, TemporalWords.HijriMonths.Values.Distinct().Count());
    }
}

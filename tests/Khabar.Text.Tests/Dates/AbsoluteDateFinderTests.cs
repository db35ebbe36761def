using Khabar.Text.Dates;

namespace Khabar.Text.Tests.Dates;

public class AbsoluteDateFinderTests
{
    private static string? First(string text) =>
        AbsoluteDateFinder.FindFirst(text) is { } found ? $"{found.Date:yyyy-MM-dd}|{text.Substring(found.Start, found.Length)}" : null;

    [Theory]
    [InlineData("استعرضت روسيا السبت 16 سبتمبر/أيلول 2023 قاذفات", "2023-09-16|16 سبتمبر/أيلول 2023")]
    [InlineData("في 16 سبتمبر 2023", "2023-09-16|16 سبتمبر 2023")]
    [InlineData("في 16 أيلول 2023", "2023-09-16|16 أيلول 2023")]
    [InlineData("الثلاثاء 14 تشرين الأول 2025", "2025-10-14|14 تشرين الأول 2025")]
    [InlineData("في ٣ كانون الثاني ٢٠٢٤", "2024-01-03|٣ كانون الثاني ٢٠٢٤")]
    [InlineData("يوم 5 من أيار 2022", "2022-05-05|5 من أيار 2022")]
    [InlineData("في 1 جوان 2021", "2021-06-01|1 جوان 2021")]
    [InlineData("الخميس 15 أكتوبر، 2025", "2025-10-15|15 أكتوبر، 2025")]
    [InlineData("on 16 September 2023", "2023-09-16|16 September 2023")]
    public void Finds_dates_written_with_month_names(string text, string expected) => Assert.Equal(expected, First(text));

    [Theory]
    [InlineData("نشر في 2023-09-16 صباحاً", "2023-09-16|2023-09-16")]
    [InlineData("بتاريخ 16/9/2023", "2023-09-16|16/9/2023")]
    [InlineData("بتاريخ ١٦/٩/٢٠٢٣", "2023-09-16|١٦/٩/٢٠٢٣")]
    [InlineData("في 16.09.2023", "2023-09-16|16.09.2023")]
    public void Finds_numeric_dates_day_first(string text, string expected) => Assert.Equal(expected, First(text));

    [Theory]
    [InlineData("وصل أمس يوم الأربعاء")]
    [InlineData("فاز الفريق 2-1 في المباراة")]
    [InlineData("نحو 50 كيلومتراً من المدينة")]
    [InlineData("في 31 فبراير 2023")]
    [InlineData("في 16 سبتمبر من العام الماضي")]
    [InlineData("الساعة 10:30 صباحاً")]
    [InlineData("")]
    public void Ignores_what_is_not_a_full_date(string text) => Assert.Null(First(text));

    [Fact]
    public void Finds_every_date_in_order()
    {
        var found = new List<DateMention>();
        AbsoluteDateFinder.FindAll("وصل في 12 سبتمبر 2023 وغادر في 17/9/2023.", found);

        Assert.Equal([new DateOnly(2023, 9, 12), new DateOnly(2023, 9, 17)], found.Select(f => f.Date));
    }
}

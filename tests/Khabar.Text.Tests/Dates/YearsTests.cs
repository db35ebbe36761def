using Khabar.Text.Dates;

namespace Khabar.Text.Tests.Dates;

public class YearsTests
{
    [Theory]
    [InlineData(1436, true)] // Hijri
    [InlineData(2015, true)]
    [InlineData(1300, true)]
    [InlineData(2100, true)]
    [InlineData(1299, false)]
    [InlineData(1700, false)] // between the two calendars' ranges
    [InlineData(2101, false)]
    [InlineData(2015.5, false)]
    [InlineData(80, false)]
    public void A_bare_whole_number_is_a_plausible_year_only_in_either_calendars_range(double value, bool plausible)
    {
        Assert.Equal(plausible, Years.Plausible(value));
    }
}

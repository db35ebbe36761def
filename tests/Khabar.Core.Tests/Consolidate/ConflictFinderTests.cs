using Khabar.Core.Consolidate;
using Khabar.Text.Numbers;

namespace Khabar.Core.Tests.Consolidate;

public class ConflictFinderTests
{
    private static Quantity Of(string text) => Assert.Single(QuantityFinder.Find(text));

    [Theory]
    [InlineData("صواريخ يصل مداها إلى أكثر من 4000 ميل", "صواريخ من مدى يزيد عن 6500 كيلومتر")]
    [InlineData("أجلت نحو 2500 شخص", "أجلت 2700 شخص")]
    [InlineData("نحو 120 كيلومتراً في الساعة", "120 كيلومتراً في الساعة")]
    [InlineData("أكثر من 400 منزل", "450 منزل")]
    public void Values_an_approximation_reconciles_agree(string a, string b) =>
        Assert.True(ConflictFinder.Compatible(Of(a), Of(b)));

    [Theory]
    [InlineData("لقي 12 شخصاً حتفهم", "ارتفع عدد الضحايا إلى 15 قتيلاً")]
    [InlineData("أكثر من 400 منزل", "300 منزل")]
    [InlineData("نحو 2500 شخص", "5500 شخص")]
    public void Values_nothing_reconciles_conflict(string a, string b) =>
        Assert.False(ConflictFinder.Compatible(Of(a), Of(b)));
}

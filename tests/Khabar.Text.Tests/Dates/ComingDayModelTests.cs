using Khabar.Text.Dates;

namespace Khabar.Text.Tests.Dates;

public class ComingDayModelTests
{
    [Fact]
    public void The_probability_is_the_logistic_of_the_bias_and_the_weights_of_the_features_present()
    {
        var model = ComingDayModel.Read(["bias\t-2", "b1=يبدا\t4", "a1=في\t-1"], "test");

        Assert.Equal(1 / (1 + Math.Exp(-2)), model.Probability(["يبدا"], []), 6);
        Assert.Equal(1 / (1 + Math.Exp(-1)), model.Probability(["يبدا"], ["في"]), 6);
        Assert.Equal(1 / (1 + Math.Exp(2)), model.Probability(["بدا"], []), 6);
    }

    [Fact]
    public void Features_read_the_nearest_words_by_position_every_word_before_and_the_shapes_of_the_nearest()
    {
        var features = new List<string>();
        ComingDayModel.Features(["يبدا", "تسجيل", "اعلن", "وزاره", "عام", "رياض", "ابعد"], ["في"], features);

        Assert.Contains("b1=يبدا", features);
        Assert.Contains("b3=اعلن", features);
        Assert.DoesNotContain("b4=وزاره", features);
        Assert.Contains("B=رياض", features);
        Assert.DoesNotContain("B=ابعد", features); // beyond the words read
        Assert.Contains("s1=ياM", features);
        Assert.Contains("a1=في", features);
    }

    [Fact]
    public void A_day_with_nothing_before_it_says_so()
    {
        var features = new List<string>();
        ComingDayModel.Features([], [], features);

        Assert.Equal(["b1=none"], features);
    }

    [Theory]
    [InlineData("b1=يبدا 4")]
    [InlineData("b1=يبدا\tfour")]
    [InlineData("b1=يبدا\tNaN")]
    public void A_malformed_line_is_refused_naming_the_file_and_the_line(string line)
    {
        var error = Assert.Throws<FormatException>(() => ComingDayModel.Read(["bias\t0", line], "model.txt"));

        Assert.Contains("model.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains(line, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_its_bias_is_refused() =>
        Assert.Contains("bias", Assert.Throws<FormatException>(() => ComingDayModel.Read(["b1=يبدا\t4"], "model.txt")).Message, StringComparison.Ordinal);

    [Fact]
    public void Written_lines_read_back_to_the_same_model_to_four_decimals()
    {
        var model = ComingDayModel.Read(["bias\t-0.5", "B=مقرر\t0.12345", "s1=ياM\t0.75"], "test");
        var again = ComingDayModel.Read(model.Lines(), "again");

        Assert.Equal(model.Weights.Keys.Order(StringComparer.Ordinal), again.Weights.Keys.Order(StringComparer.Ordinal));
        Assert.All(model.Weights, p => Assert.Equal(p.Value, again.Weights[p.Key], 0.00006f));
        Assert.Equal(0.1235f, again.Weights["B=مقرر"], 0.00001f);
    }

    [Fact]
    public void The_shipped_model_was_learnt_with_the_inputs_of_today_or_it_is_rebuilt() =>
        // Khabar.Bench weekday-direction --write rebuilds it when the word lists, the normalizer or the features change.
        Assert.Equal(ComingDayModel.CurrentInputs, ComingDayModel.Default.Inputs);

    [Fact]
    public void The_fingerprint_line_reads_back()
    {
        var model = ComingDayModel.Read(["inputs\t00ff", "bias\t1"], "test");

        Assert.Equal("00ff", model.Inputs);
        Assert.Equal("00ff", ComingDayModel.Read(model.Lines(), "again").Inputs);
    }

    [Fact]
    public void The_shipped_model_loads_and_reads_a_plan_as_coming() =>
        Assert.True(ComingDayModel.Default.Probability(["يبدا", "تقديم"], ["لمده"]) >= ComingDayModel.Threshold);
}

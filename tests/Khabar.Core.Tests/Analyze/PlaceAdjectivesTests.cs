using Khabar.Core.Analyze;
using Khabar.Core.Entities;

namespace Khabar.Core.Tests.Analyze;

public class PlaceAdjectivesTests
{
    private static readonly Gazetteer NoNames = new([], 0);

    [Fact]
    public void A_country_ending_in_alef_is_paired_with_its_adjective_and_its_capital_is_not()
    {
        var places = PlaceAdjectives.Of(["موسكو\tروسيا|روسيا الاتحادية", "بكين\tالصين", "أنقرة\tتركيا"], TermWeights.Default, NoNames);

        // الصين and الصينية already share a stem; a two-word name is not a word; a capital stays itself.
        Assert.Equal([("روسيا", "روس"), ("تركيا", "ترك")], places.Pairs);
    }

    [Fact]
    public void An_adjective_that_is_a_listed_name_is_not_paired()
    {
        var names = new Gazetteer([("جورج", GazetteerKind.Person)], 1);

        Assert.Empty(PlaceAdjectives.Of(["تبليسي\tجورجيا"], TermWeights.Default, names).Pairs);
        Assert.Single(PlaceAdjectives.Of(["تبليسي\tجورجيا"], TermWeights.Default, NoNames).Pairs);
    }

    [Fact]
    public void A_line_without_its_two_sides_names_the_file()
    {
        var error = Assert.Throws<FormatException>(() => PlaceAdjectives.Of(["روسيا"], TermWeights.Default, NoNames));

        Assert.Contains("capitals.txt", error.Message, StringComparison.Ordinal);
    }
}

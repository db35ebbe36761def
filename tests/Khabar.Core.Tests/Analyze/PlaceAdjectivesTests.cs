using Khabar.Core.Analyze;
using Khabar.Core.Entities;
using Khabar.Text.Stem;

namespace Khabar.Core.Tests.Analyze;

public class PlaceAdjectivesTests
{
    [Fact]
    public void A_country_ending_in_alef_is_paired_with_its_adjective_and_its_capital_is_not()
    {
        var places = PlaceAdjectives.Of(["موسكو\tروسيا|روسيا الاتحادية", "بكين\tالصين", "أنقرة\tتركيا"], TermWeights.Default);

        // الصين and الصينية already share a stem; a two-word name is not a word; a capital stays itself.
        Assert.Equal([("روسيا", "روس"), ("تركيا", "ترك")], places.Pairs);
    }

    [Fact]
    public void No_shipped_adjective_is_a_listed_persons_name_or_a_stop_word()
    {
        // جورجيا would be read as «جورج» (George): the list leaves Georgia out, and this keeps any such pair out.
        Assert.NotEmpty(PlaceAdjectives.Default.Pairs);
        Assert.All(PlaceAdjectives.Default.Pairs, pair =>
        {
            Assert.Equal(GazetteerKind.None, Gazetteer.Default.OfWord(pair.Adjective) & GazetteerKind.Person);
            Assert.False(StopWords.Default.Contains(pair.Adjective));
        });
        Assert.Equal(GazetteerKind.Person, Gazetteer.Default.OfWord("جورج") & GazetteerKind.Person);
    }

    [Fact]
    public void A_line_without_its_two_sides_names_the_file()
    {
        var error = Assert.Throws<FormatException>(() => PlaceAdjectives.Of(["روسيا"], TermWeights.Default));

        Assert.Contains("capitals.txt", error.Message, StringComparison.Ordinal);
    }
}

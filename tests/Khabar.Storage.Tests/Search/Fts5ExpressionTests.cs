using Khabar.Core.Search;
using Khabar.Storage.Sqlite;

namespace Khabar.Storage.Tests.Search;

public class Fts5ExpressionTests
{
    [Fact]
    public void Words_are_joined_by_and_and_their_columns_by_or()
    {
        var match = Fts5Expression.Of(SearchQuery.Parse("شويغو موسكو")!);

        Assert.Equal(2, match.Split(" AND ").Length);
        Assert.Contains("keys : ", match, StringComparison.Ordinal);
        Assert.Contains("{keys stems} : ", match, StringComparison.Ordinal); // stems equal to their key are indexed as keys only
        Assert.Contains("names : ", match, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_is_one_quoted_string_of_keys_and_a_prefix_ends_in_a_star()
    {
        var phrase = Fts5Expression.Of(SearchQuery.Parse("\"السكة الحديد\"")!);
        var prefix = Fts5Expression.Of(SearchQuery.Parse("قطار*")!);

        Assert.StartsWith("keys : \"", phrase, StringComparison.Ordinal);
        Assert.DoesNotContain(" AND ", phrase, StringComparison.Ordinal);
        Assert.Contains("\" *", prefix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\" OR \"b")]
    [InlineData("NEAR(x y) keys:z")]
    [InlineData("x^ -y +z")]
    public void What_is_typed_is_never_read_as_search_syntax(string text)
    {
        var match = Fts5Expression.Of(SearchQuery.Parse(text)!);

        // Every term is quoted: outside quotes only the operators the expression itself writes remain.
        var outside = string.Concat(match.Split('"').Where((_, i) => i % 2 == 0));
        Assert.DoesNotContain("NEAR", outside, StringComparison.Ordinal);
        Assert.DoesNotContain("^", outside, StringComparison.Ordinal);
        Assert.Equal(0, match.Count(c => c == '"') % 2);
    }
}

using System.Text.Json.Serialization;
using Khabar.Text;

namespace Khabar.Core.Consolidate;

/// <summary>
/// A passage of one article's clean text, quoted: where it is and what it says. The words are a view of the
/// article's text (<see cref="Words"/>), made a string of their own only when <see cref="Text"/> is asked for: a
/// story's record quotes its articles thousands of times, and reports write the words from the view.
/// </summary>
public sealed class Quote : IEquatable<Quote>
{
    private readonly string _source;
    private readonly int _offset;
    private readonly int _count;
    private string? _text;

    /// <summary>A quote whose words are given as a string of their own.</summary>
    public Quote(string article, int start, int length, string text)
        : this(article, start, length, text, 0, text.Length)
    {
    }

    private Quote(string article, int start, int length, string source, int offset, int count)
    {
        Article = article;
        Start = start;
        Length = length;
        _source = source;
        _offset = offset;
        _count = count;
    }

    public string Article { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>What it says, without copying (<see cref="Text"/> is the same as a string).</summary>
    [JsonIgnore]
    public ReadOnlySpan<char> Words => _source.AsSpan(_offset, _count);

    /// <summary>What it says, as a string (made on first use).</summary>
    public string Text => _text ??= _offset == 0 && _count == _source.Length ? _source : Words.ToString();

    public static Quote Of(StoryArticle article, TextExtent extent) => In(article.Id, article.Article.CleanText, extent);

    /// <summary>The passage at <paramref name="extent"/> of an article's clean text, viewed in place.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The extent falls outside the text.</exception>
    public static Quote In(string article, string cleanText, TextExtent extent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(extent.Start);
        ArgumentOutOfRangeException.ThrowIfNegative(extent.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(extent.Length, cleanText.Length - extent.Start);
        return new(article, extent.Start, extent.Length, cleanText, extent.Start, extent.Length);
    }

    public bool Equals(Quote? other) =>
        other is not null
        && string.Equals(Article, other.Article, StringComparison.Ordinal)
        && Start == other.Start
        && Length == other.Length
        && Words.SequenceEqual(other.Words);

    public override bool Equals(object? obj) => Equals(obj as Quote);

    public override int GetHashCode() => HashCode.Combine(Article, Start, Length, string.GetHashCode(Words, StringComparison.Ordinal));

    public override string ToString() => $"Quote {{ Article = {Article}, Start = {Start}, Length = {Length}, Text = {Text} }}";
}

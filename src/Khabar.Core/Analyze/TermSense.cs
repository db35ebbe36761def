namespace Khabar.Core.Analyze;

/// <summary>
/// The key a content term is compared by where words are read for what they mean: a place's country where places are read
/// so (<see cref="CountryKeys"/>, by the word's form), else its paraphrase group's or word family's key (<see cref="Paraphrases"/>,
/// by its stem), else its own key. The linker reads headlines and briefs so, consolidation stories told in headlines.
/// </summary>
public static class TermSense
{
    /// <param name="text">The terms' text (<paramref name="term"/> is one of them).</param>
    /// <param name="countries">Where places are read as their countries; null where they are not.</param>
    public static ulong Of(ContentTerms text, ContentTerm term, Paraphrases paraphrases, CountryKeys? countries) =>
        countries?.Of(text.Text.AsSpan(term.Start, term.Length), term.Key) is { } country && country != term.Key
            ? country
            : paraphrases.KeyOf(text.Text.AsSpan(term.Start, term.Length), term.Stem, term.Key);
}

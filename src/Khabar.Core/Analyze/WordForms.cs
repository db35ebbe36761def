namespace Khabar.Core.Analyze;

/// <summary>How <see cref="ContentTerms"/> matches words.</summary>
public enum WordForms
{
    /// <summary>
    /// By light stem, a preposition on a noun comes off (<see cref="ContentTerms.MatchedStem"/>), and a country's
    /// adjective is the country (<see cref="PlaceAdjectives"/>).
    /// </summary>
    PrepositionsOff,

    /// <summary>By light stem alone.</summary>
    Stems,
}

namespace Khabar.Core.Analyze;

/// <summary>
/// One line of <c>Analyze/Resources/capitals.txt</c>: a country's capital (its spellings) and the country (its
/// spellings), «capital|spelling TAB country|spelling». Read by Assign's terms (<see cref="PlaceAdjectives"/>) and by
/// Consolidate's name conflicts.
/// </summary>
public sealed record CountryLine(IReadOnlyList<string> Capital, IReadOnlyList<string> Country)
{
    /// <summary>The lines of the list (comments already left out), each checked; a malformed one names the file.</summary>
    public static IEnumerable<CountryLine> Parse(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var sides = line.Split('\t');
            var names = sides.Select(s => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
            if (names.Length != 2 || names.Any(n => n.Length == 0))
            {
                throw new FormatException($"capitals.txt: '{line}' is not 'capital TAB country'");
            }

            yield return new CountryLine(names[0], names[1]);
        }
    }
}

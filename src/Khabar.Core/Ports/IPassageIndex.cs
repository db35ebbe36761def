namespace Khabar.Core.Ports;

/// <summary>The passage fingerprints of the assigned articles, looked up by new ones (part of the story store).</summary>
public interface IPassageIndex
{
    /// <summary>
    /// For each new article of <paramref name="sentences"/> (the passage fingerprints of each of its sentences, an
    /// article's sentences one after the other), the assigned articles that hold at least <paramref name="minShared"/>
    /// of the prints of one of its sentences, with the most any sentence shares. A print held by more than
    /// <paramref name="maxHolders"/> articles, assigned ones and the new ones before it together
    /// (<see cref="PrintedSentence.HeldBefore"/>), is boilerplate and counts for no one.
    /// </summary>
    PassageNeighbours SharingPassages(IReadOnlyList<PrintedSentence> sentences, int maxHolders, int minShared);
}

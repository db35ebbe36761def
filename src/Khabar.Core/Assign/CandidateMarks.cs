namespace Khabar.Core.Assign;

/// <summary>
/// The articles one new article is compared with, each once, in a thread's arrays marked by round rather than cleared
/// (the linker asks for tens of thousands of such sets, a hash set each before). The arrays stay as long as the largest
/// linker the thread has served needed: 8 bytes an article of a chunk and its context (about 200 KB for SaudiNewsNet).
/// </summary>
internal sealed class CandidateMarks
{
    private int[] _found = [];
    private int[] _nearDuplicate = [];
    private int _round;

    /// <summary>The candidates, in the order first found.</summary>
    public List<int> Found { get; } = [];

    /// <summary>Where the near-duplicate index's candidates are gathered (with repeats) before they are marked.</summary>
    public List<int> NearDuplicates { get; } = [];

    public void Start(int articles)
    {
        if (_found.Length < articles || _round == int.MaxValue)
        {
            _found = new int[Math.Max(articles, _found.Length * 2)];
            _nearDuplicate = new int[_found.Length];
            _round = 0;
        }

        _round++;
        Found.Clear();
        NearDuplicates.Clear();
    }

    public void Add(int index)
    {
        if (_found[index] != _round)
        {
            _found[index] = _round;
            Found.Add(index);
        }
    }

    public void AddNearDuplicate(int index)
    {
        Add(index);
        _nearDuplicate[index] = _round;
    }

    public bool IsNearDuplicate(int index) => _nearDuplicate[index] == _round;
}

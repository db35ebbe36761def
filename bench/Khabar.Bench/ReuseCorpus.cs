using System.Text;
using Khabar.Core.Analyze;
using Khabar.Core.Clean;
using Khabar.Text;
using Khabar.Text.Sentences;

namespace Khabar.Bench;

/// <summary>How a copied passage was disguised before it was put into another article.</summary>
internal enum Obfuscation
{
    Verbatim,

    /// <summary>The words of each sentence in a random order (its closing punctuation kept last).</summary>
    ShuffledWords,

    /// <summary>The phrases of each sentence (split at commas, or at two or three points) in a new order.</summary>
    ReorderedPhrases,

    /// <summary>A fifth of the words replaced by a synonym from <c>bench/data/reuse/synonyms.tsv</c>.</summary>
    Synonyms,
}

/// <summary>A known copied passage: the characters of <see cref="Source"/> put, disguised, into <see cref="Suspect"/>.</summary>
internal sealed record ReuseCase(int Suspect, TextExtent InSuspect, int Source, TextExtent InSource, Obfuscation Kind);

/// <summary>Documents and the passages known to be copied between them.</summary>
internal sealed record ReuseCorpusSet(IReadOnlyList<string> Documents, int Sources, IReadOnlyList<ReuseCase> Cases);

/// <summary>
/// Builds a passage-reuse test set from SaudiNewsNet, as the PAN text-reuse corpora are built: articles split
/// into two halves by a hash of their text (dev and held-out, document-disjoint, fixed before any tuning); in
/// each, source articles, and suspect articles into which 1–5 consecutive sentences of a source are put at a
/// sentence boundary, verbatim or disguised (<see cref="Obfuscation"/>). A fifth of the suspects get nothing,
/// and most sources are never copied from; both count against false detections.
/// </summary>
internal static class ReuseCorpus
{
    /// <summary>A passage is at least one short news sentence long: shorter runs are datelines and sign-offs, not copy.</summary>
    private const int MinPassageWords = 12;

    /// <summary>Two articles sharing a run of this many words are not independent.</summary>
    private const int ShingleWords = 8;

    public static ReuseCorpusSet Build(string folder, bool heldOut, int suspects, int seed, IReadOnlyDictionary<string, string[]> synonyms)
    {
        var random = new Random(seed);
        var pool = new List<(string Text, List<TextExtent> Sentences)>();
        var seen = new HashSet<ulong>();
        var shingles = new Dictionary<ulong, int>();
        foreach (var raw in SaudiNewsNetCorpus.Contents(folder))
        {
            var text = ArticleCleaner.Clean(raw).Text;
            if (text.Length is < 600 or > 6000 || !seen.Add(TermHash.Of(text)) || (TermHash.Of(text) % 2 == 1) != heldOut)
            {
                continue;
            }

            // Articles that already share a run of words with another (wire copy, a standing footer) are left out,
            // as PAN's corpora are built from documents without reuse: only the inserted passages are copy.
            var own = Shingles(text);
            if (own.Any(h => shingles.ContainsKey(h)))
            {
                foreach (var h in own)
                {
                    if (shingles.TryGetValue(h, out var other) && other >= 0)
                    {
                        shingles[h] = -1;
                    }
                }

                continue;
            }

            foreach (var h in own)
            {
                shingles[h] = pool.Count;
            }

            var sentences = new List<TextExtent>();
            SentenceSplitter.Split(text, sentences);
            if (sentences.Count >= 5)
            {
                pool.Add((text, sentences));
            }
        }

        // An article whose run of words turned up again later is left out too.
        pool = [.. pool.Where((p, i) => !Shingles(p.Text).Any(h => shingles[h] < 0))];
        Shuffle(pool, random);
        var sourceCount = suspects;
        var sources = pool.Take(sourceCount).ToList();
        var targets = pool.Skip(sourceCount).Take(suspects).ToList();
        var documents = sources.Select(s => s.Text).ToList();
        var cases = new List<ReuseCase>();
        var kinds = Enum.GetValues<Obfuscation>();
        var next = 0;
        for (var t = 0; t < targets.Count; t++)
        {
            var (text, sentences) = targets[t];
            var count = random.NextDouble() switch { < 0.2 => 0, < 0.7 => 1, _ => 2 };
            var inserts = new List<(int Boundary, string Text, int Source, TextExtent InSource, Obfuscation Kind)>();
            for (var c = 0; c < count; c++)
            {
                var source = random.Next(sources.Count);
                var (sourceText, sourceSentences) = sources[source];
                var length = random.Next(1, 6);
                var first = random.Next(0, Math.Max(1, sourceSentences.Count - length + 1));
                var last = Math.Min(sourceSentences.Count - 1, first + length - 1);
                var extent = new TextExtent(sourceSentences[first].Start, sourceSentences[last].End - sourceSentences[first].Start);
                if (Words(sourceText.Substring(extent.Start, extent.Length)).Length < MinPassageWords)
                {
                    c--;
                    continue;
                }

                var kind = kinds[next++ % kinds.Length];
                var passage = Disguise(sourceText.Substring(extent.Start, extent.Length), kind, random, synonyms);
                inserts.Add((random.Next(0, sentences.Count + 1), passage, source, extent, kind));
            }

            var built = new StringBuilder(text.Length + 2000);
            var suspect = documents.Count;
            var from = 0;
            foreach (var insert in inserts.OrderBy(i => i.Boundary))
            {
                var at = insert.Boundary == 0 ? 0 : sentences[insert.Boundary - 1].End;
                built.Append(text, from, at - from);
                from = at;
                built.Append(at == 0 ? "" : "\n");
                cases.Add(new ReuseCase(suspect, new TextExtent(built.Length, insert.Text.Length), insert.Source, insert.InSource, insert.Kind));
                built.Append(insert.Text).Append('\n');
            }

            built.Append(text, from, text.Length - from);
            documents.Add(built.ToString());
        }

        return new ReuseCorpusSet(documents, sources.Count, cases);
    }

    /// <summary>Hashes of every run of <see cref="ShingleWords"/> words.</summary>
    private static HashSet<ulong> Shingles(string text)
    {
        var words = Words(text);
        var result = new HashSet<ulong>();
        for (var i = 0; i + ShingleWords <= words.Length; i++)
        {
            result.Add(TermHash.Of(string.Join(' ', words, i, ShingleWords)));
        }

        return result;
    }

    public static Dictionary<string, string[]> LoadSynonyms(string path)
    {
        var synonyms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#' || line.Split('\t') is not [var word, var others])
            {
                continue;
            }

            synonyms[word.Trim()] = [.. others.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        return synonyms;
    }

    private static string Disguise(string passage, Obfuscation kind, Random random, IReadOnlyDictionary<string, string[]> synonyms)
    {
        if (kind == Obfuscation.Verbatim)
        {
            return passage;
        }

        var sentences = new List<TextExtent>();
        SentenceSplitter.Split(passage, sentences);
        var parts = new List<string>();
        foreach (var sentence in sentences)
        {
            var text = passage.Substring(sentence.Start, sentence.Length);
            var closing = text.Length > 0 && ".!?؟…".Contains(text[^1], StringComparison.Ordinal) ? text[^1..] : "";
            var body = text[..^closing.Length];
            parts.Add(kind switch
            {
                Obfuscation.ShuffledWords => string.Join(' ', Shuffled(Words(body), random)) + closing,
                Obfuscation.ReorderedPhrases => string.Join("، ", Reordered(Phrases(body, random), random)) + closing,
                _ => string.Join(' ', Substituted(Words(body), random, synonyms)) + closing,
            });
        }

        return string.Join(' ', parts);
    }

    private static string[] Words(string text) => text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static List<string> Phrases(string sentence, Random random)
    {
        var phrases = sentence.Split((char[])['،', ',', '؛', ';', ':'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (phrases.Count >= 2)
        {
            return phrases;
        }

        var words = Words(sentence);
        if (words.Length < 6)
        {
            return [sentence.Trim()];
        }

        var cuts = new SortedSet<int> { random.Next(2, words.Length - 2) };
        if (words.Length >= 12)
        {
            cuts.Add(random.Next(2, words.Length - 2));
        }

        var result = new List<string>();
        var start = 0;
        foreach (var cut in cuts.Append(words.Length))
        {
            result.Add(string.Join(' ', words[start..cut]));
            start = cut;
        }

        return result;
    }

    private static List<string> Reordered(List<string> phrases, Random random)
    {
        if (phrases.Count < 2)
        {
            return phrases;
        }

        var order = phrases.ToList();
        for (var attempt = 0; attempt < 5 && order.SequenceEqual(phrases); attempt++)
        {
            Shuffle(order, random);
        }

        return order;
    }

    private static T[] Shuffled<T>(T[] items, Random random)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return copy;
    }

    private static string[] Substituted(string[] words, Random random, IReadOnlyDictionary<string, string[]> synonyms)
    {
        var result = words.ToArray();
        var candidates = new List<(int Index, string Prefix, string Word, string Suffix)>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var suffix = word.Length > 1 && "،,.؛:!؟?".Contains(word[^1], StringComparison.Ordinal) ? word[^1..] : "";
            var bare = word[..^suffix.Length];
            if (synonyms.ContainsKey(bare))
            {
                candidates.Add((i, "", bare, suffix));
            }
            else if (bare.Length > 3 && bare[0] is 'و' or 'ف' && synonyms.ContainsKey(bare[1..]))
            {
                candidates.Add((i, bare[..1], bare[1..], suffix));
            }
        }

        Shuffle(candidates, random);
        var wanted = (int)Math.Ceiling(words.Length * 0.2);
        foreach (var (index, prefix, word, suffix) in candidates.Take(wanted))
        {
            var options = synonyms[word];
            result[index] = prefix + options[random.Next(options.Length)] + suffix;
        }

        return result;
    }

    private static void Shuffle<T>(List<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

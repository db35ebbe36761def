using Khabar.Core.Analyze;
using Khabar.Core.Entities;
using Khabar.Core.Store;
using Khabar.Storage.Sqlite;

namespace Khabar.Bench;

/// <summary>
/// <c>person-rewrites DB [--sample N] [--seed S] [--org-words]</c>: every person mention <see cref="StoryPersonMentions"/> rewrites in the
/// stored stories of DB (a known person's short form run into a common word), counted by kind,
/// with a random sample and each one's sentence, for reading by eye; with <c>--org-words</c> also the people and places
/// whose name begins with an organisation word, as the resolver types them.
/// </summary>
internal static class PersonRewriteProbe
{
    public static int Run(string[] args)
    {
        var sample = int.Parse(NerTraining.Option(args, "--sample") ?? "40", System.Globalization.CultureInfo.InvariantCulture);
        var seed = int.Parse(NerTraining.Option(args, "--seed") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        using var store = SqliteArticleStore.OpenForReading(args[0]);
        var changes = new List<(string Story, string Before, string After, string Context)>();
        var orgWords = new List<(string Story, EntityType Type, string Name, int Mentions)>();
        var resolver = new EntityResolver(EquipmentFamilies.Default, LatinNames.Default, Gazetteer.Default);
        var stories = 0;
        var mentions = 0;
        foreach (var story in store.Stories().Where(s => s.Articles.Count >= 2))
        {
            var articles = StoredStoryArticles.Of(store, story);
            var input = articles.Select(x => (x.Article.Id, x.Analysis.Mentions)).ToList();
            var output = StoryPersonMentions.Rewrite(input, Gazetteer.Default, TermWeights.Default);
            if (args.Contains("--org-words"))
            {
                foreach (var e in resolver.Resolve(input).Where(e => e.Type is EntityType.Person or EntityType.Location && e.Name.Contains(' ', StringComparison.Ordinal)))
                {
                    var first = Khabar.Text.Normalize.MatchKey.Of(e.Name.AsSpan(0, e.Name.IndexOf(' ', StringComparison.Ordinal)));
                    if ((Gazetteer.Default.OfWord(first) & GazetteerKind.OrganizationTrigger) != 0)
                    {
                        orgWords.Add((story.Id, e.Type, e.Name, e.Mentions.Count));
                    }
                }
            }

            stories++;
            for (var i = 0; i < input.Count; i++)
            {
                mentions += input[i].Item2.Count;
                var after = output[i].Mentions;
                var text = articles[i].Article.CleanText;
                foreach (var m in input[i].Item2.Where(m => m.Type == EntityType.Person))
                {
                    var parts = after.Where(p => p.Type == EntityType.Person && p.Start >= m.Start && p.End <= m.End).ToList();
                    if (parts.Count != 1 || parts[0].Length != m.Length)
                    {
                        var from = Math.Max(0, m.Start - 40);
                        var to = Math.Min(text.Length, m.End + 40);
                        changes.Add((story.Id, m.Text, string.Join(" + ", parts.Select(p => p.Text)), text[from..to].ReplaceLineEndings(" ")));
                    }
                }
            }
        }

        Console.WriteLine($"{stories:N0} stories, {mentions:N0} mentions; {changes.Count:N0} person mentions rewritten: "
            + $"{changes.Count(c => !c.After.Contains('+', StringComparison.Ordinal))} cut to a known person, {changes.Count(c => c.After.Contains('+', StringComparison.Ordinal))} split in two");
        if (orgWords.Count > 0)
        {
            Console.WriteLine($"{orgWords.Count} people and places whose name begins with an organisation word: {orgWords.Count(o => o.Type == EntityType.Person)} people, {orgWords.Count(o => o.Type == EntityType.Location)} places");
            var draw = new Random(seed);
            foreach (var o in orgWords.OrderBy(_ => draw.Next()).Take(sample))
            {
                Console.WriteLine($"  {o.Type.Code()} «{o.Name}» ×{o.Mentions}  {o.Story}");
            }
        }

        var random = new Random(seed);
        foreach (var c in changes.OrderBy(_ => random.Next()).Take(sample))
        {
            Console.WriteLine($"\n{c.Story}  «{c.Before}» → «{c.After}»\n  … {c.Context} …");
        }

        return 0;
    }
}

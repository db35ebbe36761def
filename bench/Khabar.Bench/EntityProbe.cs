using Khabar.Core.Analyze;
using Khabar.Core.Entities;
using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;

namespace Khabar.Bench;

/// <summary><c>entities FILE...</c>: what analysis finds in each file (mentions, dates, quantities), then the entities resolved over all of them.</summary>
internal static class EntityProbe
{
    public static int Run(string[] args)
    {
        var articles = new List<(string Id, ArticleAnalysis Analysis)>();
        foreach (var path in args)
        {
            var text = File.ReadAllText(path);
            var prepared = new ArticlePreparation(PipelineParts.BuiltIn().Analyzer).Prepare(new RawArticle { Id = Path.GetFileNameWithoutExtension(path), Origin = path, Format = "text", Text = text });
            var analysis = prepared.Analysis;
            var published = prepared.Article.Published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
            Console.WriteLine($"== {prepared.Article.Id} published {published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "?"}");
            foreach (var m in analysis.Mentions)
            {
                Console.WriteLine($"  {m.Type.Code(),-4} {m.Text}{(m.Role is null ? "" : $"  [{m.Role}]")}");
            }

            foreach (var d in analysis.Dates)
            {
                Console.WriteLine($"  DATE {d.Kind} '{d.Text}' → {d.Resolve(published)?.ToString() ?? "?"} (weekday {d.Weekday}, offset {d.Offset})");
            }

            foreach (var q in analysis.Quantities)
            {
                Console.WriteLine($"  QTY  '{q.Text}' = {q.Value} {q.Unit} {q.Dimension} {q.Approximation} {q.Converted}");
            }

            articles.Add((prepared.Article.Id, analysis));
        }

        Console.WriteLine("== entities");
        foreach (var e in new EntityResolver(EquipmentFamilies.Default, LatinNames.Default, Gazetteer.Default).Resolve(articles.Select(a => (a.Id, a.Analysis.Mentions))))
        {
            Console.WriteLine($"  {e.Id} {e.Type.Code(),-4} {e.Name} | {e.Latin} | {e.Role} | {string.Join(" / ", e.Variants)} | {e.Mentions.Count}× {e.Sources.Count} articles");
        }

        return 0;
    }
}

/// <summary>
/// <c>mention-list [FOLDER] [--articles N] [--skip K]</c>: every mention analysis finds in N SaudiNewsNet articles (default
/// 2,000) after the first K, one a line as «article TAB type TAB text», to diff what a change to the tagger, its model or
/// the label rules does to real text.
/// </summary>
internal static class MentionList
{
    public static int Run(string[] args)
    {
        var folder = SaudiNewsNetCorpus.FolderFrom(args);
        var take = int.Parse(NerTraining.Option(args, "--articles") ?? "2000", System.Globalization.CultureInfo.InvariantCulture);
        var skip = int.Parse(NerTraining.Option(args, "--skip") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var preparation = new ArticlePreparation(PipelineParts.BuiltIn().Analyzer);
        var n = skip;
        foreach (var text in SaudiNewsNetCorpus.Contents(folder).Skip(skip).Take(take))
        {
            var prepared = preparation.Prepare(new RawArticle { Id = $"snn{n}", Origin = folder, Format = "text", Text = text });
            foreach (var m in prepared.Analysis.Mentions)
            {
                Console.WriteLine($"{n}\t{m.Type.Code()}\t{m.Text}");
            }

            n++;
        }

        return 0;
    }
}

/// <summary><c>namekeys WORD...</c>: the name key of each word, to see why two names match.</summary>
internal static class NameKeyProbe
{
    public static int Run(string[] args)
    {
        foreach (var word in args)
        {
            Console.WriteLine($"{word}\t{Khabar.Text.Transliterate.NameKey.Of(word)}");
        }

        return 0;
    }
}

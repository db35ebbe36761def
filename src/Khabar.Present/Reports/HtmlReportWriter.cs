using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Khabar.Core.Consolidate;
using Khabar.Core.Entities;
using Khabar.Core.Domain;
using Khabar.Core.Store;
using Khabar.Text;

namespace Khabar.Present.Reports;

/// <summary>
/// Stories as one self-contained right-to-left HTML page: no script, no external file, every piece of article
/// text escaped. Per story: summary, timeline (doubtful days apart), conflicts side by side, facts with outlet
/// chips, entities with their variants, reuse pairs with the aligned passages highlighted, and each article's
/// clean text with what cleaning removed shown on demand.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    private static readonly string[] Months =
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    /// <summary>
    /// Writes the stories as one page. <paramref name="served"/>: the page is served by <c>khabar serve</c>, so an
    /// entity's name links to its page across stories and the story's outlets to theirs; a file has no such pages.
    /// </summary>
    public static void Write(IReadOnlyList<StoryReport> stories, TextWriter output, bool served = false)
    {
        var title = stories.Count == 1 ? stories[0].Story.Title : $"خبر: {stories.Count} قصص";
        output.Write($"""
            <!DOCTYPE html>
            <html lang="ar" dir="rtl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="khabar">
            <title>{E(title)}</title>
            <style>{Style}</style>
            </head>
            <body>
            <header class="site"><h1>خبر</h1><p>{stories.Count} {Plural(stories.Count, "قصة", "قصص")} · {stories.Sum(s => s.Articles.Count)} {Plural(stories.Sum(s => s.Articles.Count), "مقال", "مقالات")}</p></header>

            """);
        if (stories.Count > 1)
        {
            output.WriteLine("<nav class=\"stories\"><h2>القصص</h2><ol>");
            foreach (var report in stories)
            {
                output.WriteLine($"<li><a href=\"#{E(report.Story.Id)}\">{E(report.Story.Title)}</a> <span class=\"count\">{report.Articles.Count}</span></li>");
            }

            output.WriteLine("</ol></nav>");
        }

        output.WriteLine("<main>");
        foreach (var report in stories)
        {
            WriteStory(report, output, served);
        }

        output.WriteLine("</main>\n</body>\n</html>");
    }

    private static void WriteStory(StoryReport report, TextWriter output, bool served)
    {
        var (story, articles, _, reuse, entities, consolidated, removals) = report;
        output.WriteLine($"<article class=\"story\" id=\"{E(story.Id)}\">");
        output.WriteLine($"<h2>{E(story.Title)}</h2>");
        output.WriteLine($"<p class=\"meta\">{articles.Count} {Plural(articles.Count, "مقال", "مقالات")} · {Span(consolidated)} · <code dir=\"ltr\">{E(story.Id)}</code></p>");
        if (served)
        {
            var outlets = articles.Select(a => a.Source).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            output.WriteLine($"<p class=\"meta outlets\">{string.Join(" · ", outlets.Select(o => $"<a href=\"/outlets/{E(Uri.EscapeDataString(o))}\"><bdi>{E(o)}</bdi></a>"))}</p>");
        }

        Section(report, output, "summary", "الملخص", () =>
        {
            output.WriteLine("<ol class=\"summary\">");
            foreach (var sentence in consolidated.Summary)
            {
                var disputed = sentence.Disputed ? " <span class=\"badge conflict\">متنازع عليه</span>" : string.Empty;
                output.WriteLine($"<li><p>{E(sentence.Text)}{disputed}</p>{Chips(report, sentence.Sources)}</li>");
            }

            output.WriteLine("</ol>");
        });

        if (consolidated.Events.Count > 1)
        {
            Section(report, output, "events", "الأحداث", () =>
            {
                output.WriteLine("<ol class=\"events\">");
                foreach (var e in consolidated.Events)
                {
                    var shared = e.SharedEntities.Count > 0 ? $"<p class=\"why\">يجمعه بغيره: {E(string.Join("، ", e.SharedEntities))}</p>" : string.Empty;
                    output.WriteLine($"<li><time dir=\"ltr\">{E(StoryReportWriter.EventSpan(e))}</time><p>{E(e.Title)}</p><p class=\"meta\">{e.Articles.Count} {Plural(e.Articles.Count, "مقال", "مقالات")}</p>{shared}</li>");
                }

                output.WriteLine("</ol>");
            });
        }

        Section(report, output, "timeline", "التسلسل الزمني", () =>
        {
            output.WriteLine("<ol class=\"timeline\">");
            foreach (var item in consolidated.Timeline.Where(e => e.Doubt is null))
            {
                var (open, label) = item.Planned ? ("<li class=\"planned\">", " <span class=\"planned\">مقرر</span>") : ("<li>", "");
                output.WriteLine($"{open}<time datetime=\"{ConsolidationJsonWriter.Day(item.Day)}\">{ArabicDay(item.Day)}</time>{label}<p>{E(item.Text)}</p>{Chips(report, item.Sources)}</li>");
            }

            output.WriteLine("</ol>");
            var doubtful = consolidated.Timeline.Where(e => e.Doubt is not null).ToList();
            if (doubtful.Count > 0)
            {
                output.WriteLine("<h4>تواريخ مشكوك فيها (لم توضع في التسلسل)</h4><ul class=\"doubtful\">");
                foreach (var item in doubtful)
                {
                    output.WriteLine($"<li><time datetime=\"{ConsolidationJsonWriter.Day(item.Day)}\">{ArabicDay(item.Day)}؟</time><p>{E(item.Text)}</p>{Chips(report, item.Sources)}<p class=\"why\" dir=\"ltr\">{E(item.Doubt!)}</p></li>");
                }

                output.WriteLine("</ul>");
            }
        });

        if (consolidated.Conflicts.Count > 0)
        {
            Section(report, output, "conflicts", "روايات متعارضة", () =>
            {
                foreach (var conflict in consolidated.Conflicts)
                {
                    var about = conflict.About switch
                    {
                        ConflictKind.Date => "التاريخ",
                        ConflictKind.Number => "الرقم",
                        ConflictKind.Negation => "الرواية: نفي",
                        ConflictKind.Denial => "الرواية: تكذيب",
                        ConflictKind.Opposite => "الرواية: عكسها",
                        ConflictKind.Roles => "الرواية: تبادل الأدوار",
                        ConflictKind.Postponement => "الرواية: تأجيل",
                        ConflictKind.Person => "الشخص",
                        ConflictKind.Place => "المكان",
                        ConflictKind.Organization => "الجهة",
                        _ => "الرواية",
                    };
                    output.WriteLine($"<div class=\"conflict\"><p class=\"about\"><span class=\"badge conflict\">{about}</span> {E(conflict.Text)}</p><div class=\"sides\">");
                    foreach (var side in conflict.Sides)
                    {
                        var value = conflict.About == ConflictKind.Date && DateOnly.TryParseExact(side.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                            ? ArabicDay(day)
                            : E(side.Value);
                        // A claim's side is its statement, which its quotes already show.
                        var shownValue = conflict.About.IsClaim() ? "" : $"<p class=\"value\">{value}</p>";
                        output.WriteLine($"<div class=\"side\">{shownValue}{Chips(report, side.Sources)}");
                        foreach (var quote in side.Quotes)
                        {
                            output.WriteLine($"<blockquote>{E(quote.Text)}</blockquote>");
                        }

                        output.WriteLine("</div>");
                    }

                    output.WriteLine("</div></div>");
                }
            });
        }

        Section(report, output, "facts", "الوقائع", () =>
        {
            var shown = consolidated.Facts.Where(f => f.Status != FactStatus.Single).ToList();
            var single = consolidated.Facts.Where(f => f.Status == FactStatus.Single).ToList();
            output.WriteLine($"<p class=\"meta\">{consolidated.Facts.Count(f => f.Status == FactStatus.Corroborated)} مؤكدة من أكثر من مصدر · {consolidated.Facts.Count(f => f.Status == FactStatus.Conflict)} متعارضة · {single.Count} من مصدر واحد</p>");
            WriteFacts(report, shown, output);
            if (single.Count > 0)
            {
                output.WriteLine($"<details><summary>وقائع من مصدر واحد ({single.Count})</summary>");
                WriteFacts(report, single, output);
                output.WriteLine("</details>");
            }
        });

        Section(report, output, "entities", "الأسماء", () =>
        {
            output.WriteLine("<table class=\"entities\"><thead><tr><th>النوع</th><th>الاسم</th><th>بالحروف اللاتينية</th><th>الصفة</th><th>صيغ أخرى</th><th>الذكر</th></tr></thead><tbody>");
            foreach (var entity in entities)
            {
                var variants = string.Join(" ", entity.Variants.Where(v => v != entity.Name).Select(v => $"<span class=\"variant\">{E(v)}</span>"));
                output.WriteLine($"<tr><td><span class=\"type {E(entity.Type.Code())}\">{TypeName(entity.Type.Code())}</span></td><td>{Name(entity, served)}</td><td dir=\"ltr\">{LatinCell(entity)}</td><td>{E(entity.Role ?? string.Empty)}</td><td>{variants}</td><td>{entity.Mentions.Count} في {entity.Sources.Count}</td></tr>");
            }

            output.WriteLine("</tbody></table>");
        });

        if (reuse.Count > 0)
        {
            Section(report, output, "reuse", "نصوص منقولة", () =>
            {
                foreach (var pair in reuse)
                {
                    output.WriteLine($"<div class=\"pair\"><p class=\"meta\">{Chip(report, pair.A)} و{Chip(report, pair.B)} يتقاسمان نصاً واحداً (درجة {pair.Score.ToString("0.00", CultureInfo.InvariantCulture)})</p>");
                    foreach (var passage in pair.Passages)
                    {
                        output.WriteLine($"<div class=\"passage\"><div>{Highlighted(report.Find(pair.A), passage.A)}</div><div>{Highlighted(report.Find(pair.B), passage.B)}</div></div>");
                    }

                    output.WriteLine("</div>");
                }
            });
        }

        Section(report, output, "articles", "المقالات", () =>
        {
            foreach (var article in articles)
            {
                WriteArticle(report, article, removals.GetValueOrDefault(article.Id) ?? [], output);
            }
        });

        output.WriteLine("</article>");
    }

    private static void WriteFacts(StoryReport report, IReadOnlyList<Fact> facts, TextWriter output)
    {
        output.WriteLine("<ul class=\"facts\">");
        foreach (var fact in facts)
        {
            var (label, css) = fact.Status switch
            {
                FactStatus.Corroborated => ($"مؤكد ({fact.Independent})", "corroborated"),
                FactStatus.Conflict => ("متعارض", "conflict"),
                _ => ("مصدر واحد", "single"),
            };
            var copies = fact.Outlets.Where(g => g.Count > 1).Select(g => $"<span class=\"copy\">نص منقول: {string.Join(" = ", g.Select(a => Chip(report, a)))}</span>");
            output.WriteLine($"<li id=\"{E(report.Story.Id)}-{E(fact.Id)}\"><span class=\"badge {css}\">{label}</span> <p>{E(fact.Text)}</p>{Chips(report, fact.Sources)}{string.Concat(copies)}</li>");
        }

        output.WriteLine("</ul>");
    }

    private static void WriteArticle(StoryReport report, Article article, IReadOnlyList<StoredRemoval> removals, TextWriter output)
    {
        var day = report.Consolidated.PublishedOf(article.Id);
        var date = day switch
        {
            { Inferred: true, Day: { } inferred } => $"{ArabicDay(inferred)} <span class=\"badge inferred\">مستنتج</span>",
            _ when article.Published is { } published => ArabicDay(DateOnly.FromDateTime(published.DateTime)),
            _ => "تاريخ غير معروف",
        };
        output.WriteLine($"<details class=\"article\" id=\"{E(report.Story.Id)}-{E(article.Id)}\"><summary>{Chip(report, article.Id)} {E(article.Title ?? string.Empty)} · {date}</summary>");
        if (day is { Inferred: true })
        {
            var evidence = day.Evidence.Select(e => e.Anchor is null
                ? $"«{E(e.Expression.Text)}» يحدد يوم الكتابة"
                : $"«{E(e.Expression.Text)}» = {ArabicDay(e.Means)} كما في {Chip(report, e.Anchor)}");
            output.WriteLine($"<p class=\"evidence\">استُنتج تاريخ النشر: {string.Join("، ", evidence)}</p>");
        }

        output.WriteLine($"<p class=\"origin\" dir=\"ltr\">{E(article.Origin)}{(article.Url is null ? string.Empty : " · " + E(article.Url))}</p>");
        output.WriteLine($"<div class=\"text\">{Paragraphs(article.CleanText)}</div>");
        var residue = removals.Where(r => r.Rule != "Whitespace" && r.Start + r.Length <= article.RawText.Length).ToList();
        if (residue.Count > 0)
        {
            output.WriteLine($"<details class=\"residue\"><summary>ما أزاله التنظيف ({residue.Count})</summary><ul>");
            foreach (var removal in residue)
            {
                output.WriteLine($"<li><span class=\"rule\" dir=\"ltr\">{E(removal.Rule)}</span> <del>{E(article.RawText.Substring(removal.Start, removal.Length))}</del></li>");
            }

            output.WriteLine("</ul></details>");
        }

        output.WriteLine("</details>");
    }

    /// <summary>The sentence around a passage with the passage marked.</summary>
    private static string Highlighted(Article? article, TextExtent passage)
    {
        if (article is null || passage.End > article.CleanText.Length)
        {
            return string.Empty;
        }

        return $"<mark>{E(article.CleanText.Substring(passage.Start, passage.Length))}</mark>";
    }

    private static void Section(StoryReport report, TextWriter output, string css, string heading, Action body)
    {
        output.WriteLine($"<section class=\"{css}\" id=\"{E(report.Story.Id)}-{css}\"><h3>{heading}</h3>");
        body();
        output.WriteLine("</section>");
    }

    /// <summary>An entity's Latin name; a romanization Khabar guessed is marked as one (and says so on hover).</summary>
    private static string LatinCell(Entity entity) => entity.Latin is null
        ? string.Empty
        : entity.LatinGuessed ? $"<span class=\"guess\" title=\"كتابة لاتينية تقديرية\">{E(entity.Latin)}?</span>" : E(entity.Latin);

    /// <summary>An entity's name; served, a link to the entity's page across stories (when its name makes a key).</summary>
    private static string Name(Entity entity, bool served) =>
        served && entity.Key is { } key
            ? $"<a href=\"/entities/{E(Uri.EscapeDataString(key))}\">{E(entity.Name)}</a>"
            : E(entity.Name);

    private static string Chips(StoryReport report, IEnumerable<string> articles) =>
        $"<p class=\"chips\">{string.Join(" ", articles.Distinct(StringComparer.Ordinal).Select(a => Chip(report, a)))}</p>";

    /// <summary>An article as a chip: its outlet when known, else its id; linking to its text below.</summary>
    private static string Chip(StoryReport report, string id)
    {
        var article = report.Find(id);
        var label = article?.Source ?? id;
        return $"<a class=\"chip\" href=\"#{E(report.Story.Id)}-{E(id)}\" title=\"{E(id)}\"><bdi>{E(label)}</bdi></a>";
    }

    private static string Paragraphs(string text) =>
        string.Concat(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"<p>{E(p)}</p>"));

    private static string Span(ConsolidatedStory story)
    {
        var days = story.Published.Where(p => p.Day is not null).Select(p => p.Day!.Value).ToList();
        return days.Count == 0 ? "غير مؤرخة" : days.Min() == days.Max() ? ArabicDay(days.Min()) : $"{ArabicDay(days.Min())} – {ArabicDay(days.Max())}";
    }

    internal static string ArabicDay(DateOnly day) =>
        $"{Weekdays[(int)day.DayOfWeek]} {day.Day.ToString(CultureInfo.InvariantCulture)} {Months[day.Month - 1]} {day.Year.ToString(CultureInfo.InvariantCulture)}";

    private static string TypeName(string code) => code switch
    {
        "PERS" => "شخص",
        "LOC" => "مكان",
        "ORG" => "منظمة",
        _ => "أخرى",
    };

    private static string Plural(int count, string one, string many) => count == 1 ? one : many;

    private static string E(string text) => Encoder.Encode(text);

    private const string Style = """

        :root { --ink: #1d2330; --muted: #5b6475; --line: #dde2ea; --paper: #fbfaf7; --accent: #0b5c7a;
                --ok: #1e7a46; --warn: #a35b00; --bad: #b3261e; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--paper); color: var(--ink); font: 17px/1.75 "Noto Naskh Arabic", "Amiri", "Segoe UI", Tahoma, sans-serif; }
        header.site { background: var(--accent); color: #fff; padding: .6rem 1.5rem; display: flex; gap: 1rem; align-items: baseline; }
        header.site h1 { margin: 0; font-size: 1.6rem; }
        header.site p { margin: 0; opacity: .85; }
        main, nav.stories { max-width: 72rem; margin: 0 auto; padding: 0 1.2rem; }
        article.story { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 1.5rem 0; padding: .5rem 1.5rem 1rem; }
        h2 { font-size: 1.45rem; margin: .6rem 0 .2rem; }
        h3 { font-size: 1.15rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; margin: 1.4rem 0 .6rem; color: var(--accent); }
        h4 { font-size: 1rem; color: var(--warn); margin: 1rem 0 .3rem; }
        p { margin: .2rem 0; }
        .meta, .origin, .why { color: var(--muted); font-size: .9rem; }
        code { font-size: .85rem; }
        .chips { margin: .15rem 0 .4rem; }
        .chip { display: inline-block; font-size: .78rem; line-height: 1.5; padding: 0 .55rem; margin: 0 0 .15rem .25rem; border-radius: 999px;
                background: #e8f1f5; color: var(--accent); text-decoration: none; border: 1px solid #c9dde6; }
        .badge { display: inline-block; font-size: .75rem; padding: 0 .5rem; border-radius: 4px; color: #fff; vertical-align: middle; }
        .badge.corroborated { background: var(--ok); } .badge.single { background: var(--muted); }
        .badge.conflict { background: var(--bad); } .badge.inferred { background: var(--warn); }
        ol.summary li { margin-bottom: .5rem; }
        ol.timeline { list-style: none; padding: 0; border-inline-start: 3px solid var(--accent); }
        ol.timeline li, ul.doubtful li { padding: .2rem 1rem .4rem; position: relative; }
        ol.timeline li::before { content: ""; position: absolute; inset-inline-start: -8px; top: .7rem; width: 13px; height: 13px; border-radius: 50%; background: var(--accent); }
        time { font-weight: bold; color: var(--accent); }
        ul.doubtful { list-style: none; padding: 0; border-inline-start: 3px dashed var(--warn); }
        ol.timeline li.planned::before { background: var(--paper); border: 2px solid var(--accent); }
        span.planned { color: var(--muted); font-size: .85rem; border: 1px solid var(--muted); border-radius: .3rem; padding: 0 .3rem; }
        ul.doubtful time { color: var(--warn); }
        .conflict { border: 1px solid #f0c9c6; background: #fff8f7; border-radius: 6px; padding: .5rem .8rem; margin-bottom: 1rem; }
        .sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .8rem; }
        .side { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .4rem .7rem; }
        .side .value { font-size: 1.1rem; font-weight: bold; color: var(--bad); }
        blockquote { margin: .3rem 0; padding: .2rem .7rem; border-inline-start: 3px solid var(--line); color: #333; font-size: .95rem; }
        ul.facts { list-style: none; padding: 0; }
        ul.facts li { border-bottom: 1px solid var(--line); padding: .4rem 0; }
        ul.facts li p { display: inline; }
        .copy { display: block; font-size: .8rem; color: var(--muted); }
        table.entities { border-collapse: collapse; width: 100%; font-size: .92rem; }
        table.entities th, table.entities td { border-bottom: 1px solid var(--line); padding: .25rem .4rem; text-align: start; vertical-align: top; }
        .variant { display: inline-block; background: #f1f1ee; border-radius: 4px; padding: 0 .35rem; margin: 0 0 .15rem .2rem; }
        .type { font-size: .8rem; padding: 0 .4rem; border-radius: 4px; background: #eee; }
        .guess { color: #666; font-style: italic; }
        .type.PERS { background: #e7e3f7; } .type.LOC { background: #e2f2e6; } .type.ORG { background: #fbeede; }
        .passage { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin: .4rem 0 .8rem; font-size: .95rem; }
        mark { background: #fff0a8; padding: 0 .1rem; }
        details.article { border: 1px solid var(--line); border-radius: 6px; margin: .4rem 0; padding: .2rem .8rem; }
        details.article > summary { cursor: pointer; }
        .text p { margin: .4rem 0; }
        details.residue { margin: .5rem 0; font-size: .9rem; }
        details.residue del { color: var(--bad); background: #fdeceb; text-decoration: line-through; unicode-bidi: plaintext; }
        .rule { font-size: .75rem; color: var(--muted); }
        .evidence { font-size: .9rem; color: var(--warn); }
        nav.stories ol { columns: 2; }

        """;
}

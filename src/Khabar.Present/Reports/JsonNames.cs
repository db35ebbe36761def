using System.Text.Json;

namespace Khabar.Present.Reports;

/// <summary>
/// The property names of the JSON contract (docs/report.md), encoded once: a report of a whole store writes
/// millions of them, and a name given as a string is checked and transcoded at every write.
/// </summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText A = JsonEncodedText.Encode("a");

    public static readonly JsonEncodedText About = JsonEncodedText.Encode("about");

    public static readonly JsonEncodedText Anchor = JsonEncodedText.Encode("anchor");

    public static readonly JsonEncodedText Approximation = JsonEncodedText.Encode("approximation");

    public static readonly JsonEncodedText Article = JsonEncodedText.Encode("article");

    public static readonly JsonEncodedText Articles = JsonEncodedText.Encode("articles");

    public static readonly JsonEncodedText B = JsonEncodedText.Encode("b");

    public static readonly JsonEncodedText Claim = JsonEncodedText.Encode("claim");

    public static readonly JsonEncodedText Conflicts = JsonEncodedText.Encode("conflicts");

    public static readonly JsonEncodedText Converted = JsonEncodedText.Encode("converted");

    public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");

    public static readonly JsonEncodedText Dates = JsonEncodedText.Encode("dates");

    public static readonly JsonEncodedText Dimension = JsonEncodedText.Encode("dimension");

    public static readonly JsonEncodedText Disputed = JsonEncodedText.Encode("disputed");

    public static readonly JsonEncodedText Doubt = JsonEncodedText.Encode("doubt");
    public static readonly JsonEncodedText Planned = JsonEncodedText.Encode("planned");

    public static readonly JsonEncodedText DuplicateOf = JsonEncodedText.Encode("duplicateOf");

    public static readonly JsonEncodedText Duplicates = JsonEncodedText.Encode("duplicates");

    public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");

    public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");

    public static readonly JsonEncodedText Expressions = JsonEncodedText.Encode("expressions");

    public static readonly JsonEncodedText Fact = JsonEncodedText.Encode("fact");

    public static readonly JsonEncodedText Facts = JsonEncodedText.Encode("facts");

    public static readonly JsonEncodedText From = JsonEncodedText.Encode("from");

    public static readonly JsonEncodedText FromLength = JsonEncodedText.Encode("fromLength");

    public static readonly JsonEncodedText FromStart = JsonEncodedText.Encode("fromStart");

    public static readonly JsonEncodedText Hijri = JsonEncodedText.Encode("hijri");

    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

    public static readonly JsonEncodedText Independent = JsonEncodedText.Encode("independent");

    public static readonly JsonEncodedText Jaccard = JsonEncodedText.Encode("jaccard");

    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");

    public static readonly JsonEncodedText Latin = JsonEncodedText.Encode("latin");

    public static readonly JsonEncodedText LatinGuessed = JsonEncodedText.Encode("latinGuessed");
    public static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");

    public static readonly JsonEncodedText Length = JsonEncodedText.Encode("length");

    public static readonly JsonEncodedText Means = JsonEncodedText.Encode("means");

    public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");

    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

    public static readonly JsonEncodedText Normalized = JsonEncodedText.Encode("normalized");

    public static readonly JsonEncodedText Offset = JsonEncodedText.Encode("offset");

    public static readonly JsonEncodedText Origin = JsonEncodedText.Encode("origin");

    public static readonly JsonEncodedText Outlets = JsonEncodedText.Encode("outlets");

    public static readonly JsonEncodedText PartOfDay = JsonEncodedText.Encode("partOfDay");

    public static readonly JsonEncodedText Passages = JsonEncodedText.Encode("passages");

    public static readonly JsonEncodedText PassagesFromElsewhere = JsonEncodedText.Encode("passagesFromElsewhere");

    public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");

    public static readonly JsonEncodedText PublishedEvidence = JsonEncodedText.Encode("publishedEvidence");

    public static readonly JsonEncodedText PublishedFrom = JsonEncodedText.Encode("publishedFrom");

    public static readonly JsonEncodedText PublishedInferred = JsonEncodedText.Encode("publishedInferred");

    public static readonly JsonEncodedText Quantities = JsonEncodedText.Encode("quantities");

    public static readonly JsonEncodedText Quote = JsonEncodedText.Encode("quote");

    public static readonly JsonEncodedText Quotes = JsonEncodedText.Encode("quotes");

    public static readonly JsonEncodedText RawLength = JsonEncodedText.Encode("rawLength");

    public static readonly JsonEncodedText RawStart = JsonEncodedText.Encode("rawStart");

    public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");

    public static readonly JsonEncodedText Rejected = JsonEncodedText.Encode("rejected");

    public static readonly JsonEncodedText Removals = JsonEncodedText.Encode("removals");

    public static readonly JsonEncodedText Reuse = JsonEncodedText.Encode("reuse");

    public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");

    public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");

    public static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");

    public static readonly JsonEncodedText Sentences = JsonEncodedText.Encode("sentences");

    public static readonly JsonEncodedText SharedEntities = JsonEncodedText.Encode("sharedEntities");

    public static readonly JsonEncodedText Sides = JsonEncodedText.Encode("sides");

    public static readonly JsonEncodedText Similarity = JsonEncodedText.Encode("similarity");

    public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");

    public static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");

    public static readonly JsonEncodedText Span = JsonEncodedText.Encode("span");

    public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");

    public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");

    public static readonly JsonEncodedText Stories = JsonEncodedText.Encode("stories");

    public static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");

    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

    public static readonly JsonEncodedText Time = JsonEncodedText.Encode("time");

    public static readonly JsonEncodedText Timeline = JsonEncodedText.Encode("timeline");

    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");

    public static readonly JsonEncodedText TitleArticle = JsonEncodedText.Encode("titleArticle");

    public static readonly JsonEncodedText To = JsonEncodedText.Encode("to");

    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");

    public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");

    public static readonly JsonEncodedText Upcoming = JsonEncodedText.Encode("upcoming");

    public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");

    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

    public static readonly JsonEncodedText Variants = JsonEncodedText.Encode("variants");

    public static readonly JsonEncodedText Weekday = JsonEncodedText.Encode("weekday");

    public static readonly JsonEncodedText Words = JsonEncodedText.Encode("words");
}

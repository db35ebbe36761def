using Khabar.Core.Ingest;
using Khabar.Storage;
using Khabar.Storage.Assigning;
using Khabar.Storage.Ingesting;
using Spectre.Console;

namespace Khabar.Cli.Commands;

/// <summary>Reads inputs into a store, with a progress display on a terminal; shared by ingest and analyze.</summary>
internal static class IngestRun
{
    public sealed record Result(IngestTally Tally, AssignTally Stories, IReadOnlyList<IngestRejection> Rejections, TimeSpan Elapsed);

    public static Result Run(IStore store, IReadOnlyList<string> paths, IngestOptions options, bool showProgress)
    {
        var rejections = new List<IngestRejection>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        IEnumerable<RawArticle> Articles()
        {
            foreach (var item in ArticleSource.Read(paths, options))
            {
                if (item.Rejection is { } rejection)
                {
                    rejections.Add(rejection);
                }
                else
                {
                    yield return item.Article!;
                }
            }
        }

        var job = new IngestJob(store);
        IngestTally tally;
        if (showProgress && !Console.IsErrorRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            tally = console.Status().Start("ingesting", context =>
                job.Run(Articles(), new Progress<IngestTally>(t =>
                    context.Status($"{t.Read:N0} articles read, {t.Stored:N0} stored, {t.Read / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):N0} articles/s"))));
        }
        else
        {
            tally = job.Run(Articles());
        }

        DerivedRefresh.Run(store);
        var stories = new StoryAssignment(store).Run();
        return new Result(tally, stories, rejections, clock.Elapsed);
    }

    public static void WriteSummary(Result result, TextWriter output)
    {
        var (tally, stories, rejections, elapsed) = result;
        output.WriteLine(
            $"read {tally.Read + rejections.Count:N0}, stored {tally.Stored:N0} ({tally.ExactDuplicates:N0} exact duplicates), " +
            $"already stored {tally.AlreadyStored:N0}, rejected {rejections.Count:N0} in {elapsed.TotalSeconds:F1} s " +
            $"({tally.Read / Math.Max(elapsed.TotalSeconds, 1e-3):N0} articles/s)");
        if (stories.Articles > 0)
        {
            output.WriteLine(
                $"assigned {stories.Articles:N0} articles to stories in {stories.Elapsed.TotalSeconds:F1} s: " +
                $"{stories.StoriesWritten:N0} stories new or changed, {stories.StoriesRemoved:N0} merged away, " +
                $"{stories.Links:N0} links, {stories.ReusePairs:N0} pairs sharing copy");
        }

        foreach (var rejection in rejections)
        {
            output.WriteLine($"  rejected {rejection}");
        }
    }
}

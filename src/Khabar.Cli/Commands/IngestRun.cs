using Khabar.Core.Ingest;
using Khabar.Core.Pipeline;
using Khabar.Core.Store;
using Spectre.Console;

namespace Khabar.Cli.Commands;

/// <summary>Runs the pipeline over inputs, with a progress display on a terminal; shared by ingest and analyze.</summary>
internal static class IngestRun
{
    public static PipelineTally Run(KhabarPipeline pipeline, IReadOnlyList<string> paths, IngestOptions options, bool showProgress)
    {
        var source = new FileSource(paths, options);
        if (!showProgress)
        {
            return pipeline.Run(source);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (Console.IsErrorRedirected)
        {
            // A log file gets a plain line every few seconds rather than a redrawn status.
            var lines = new PlainProgress(Console.Error, () => clock.Elapsed, TimeSpan.FromSeconds(5));
            return pipeline.Run(source, lines);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Status().Start("ingesting", context =>
            pipeline.Run(source, new Progress<IngestTally>(t =>
                context.Status($"{t.Read:N0} articles read, {t.Stored:N0} stored, {t.Read / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):N0} articles/s"))));
    }

    public static void WriteSummary(PipelineTally result, TextWriter output)
    {
        var (tally, rejections, elapsed, stories) = (result.Stored, result.Rejections, result.Elapsed, result.Assigned);
        output.WriteLine(
            $"read {tally.Read + rejections.Count:N0}, stored {tally.Stored:N0} ({tally.ExactDuplicates:N0} exact duplicates), " +
            $"already stored {tally.AlreadyStored:N0}, " + (tally.LeftToOthers > 0 ? $"left to other workers {tally.LeftToOthers:N0}, " : string.Empty) +
            $"rejected {rejections.Count:N0} in {elapsed.TotalSeconds:F1} s " +
            $"({tally.Read / Math.Max(elapsed.TotalSeconds, 1e-3):N0} articles/s)");
        if (result.Refreshed.Total > 0)
        {
            output.WriteLine(
                $"brought {result.Refreshed.Recleaned:N0} cleanings ({result.Refreshed.CleanTextChanged:N0} texts changed) " +
                $"and {result.Refreshed.Reanalyzed:N0} analyses up to date");
        }

        if (result.Indexed > 0)
        {
            output.WriteLine($"indexed {result.Indexed:N0} articles for search");
        }

        if (stories.Articles > 0)
        {
            output.WriteLine(
                $"assigned {stories.Articles:N0} articles to stories in {stories.Elapsed.TotalSeconds:F1} s: " +
                $"{stories.StoriesWritten:N0} stories new or changed, {stories.StoriesRemoved:N0} merged away, " +
                $"{stories.Links:N0} links, {stories.ReusePairs:N0} pairs sharing copy or a passage; {result.Consolidated.Stories:N0} stories consolidated");
            output.WriteLine($"time: {result.Times}; gc {GC.GetTotalPauseDuration().TotalSeconds:F1} s paused, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections, {GC.GetTotalAllocatedBytes() / 1e9:F1} GB allocated");
            output.WriteLine($"assign: {stories.Times}");
        }

        foreach (var rejection in rejections)
        {
            output.WriteLine($"  rejected {rejection}");
        }
    }

    /// <summary>Progress as plain lines on a redirected error stream, at most one per <paramref name="every"/>.</summary>
    internal sealed class PlainProgress(TextWriter error, Func<TimeSpan> elapsed, TimeSpan every) : IProgress<IngestTally>
    {
        private TimeSpan? _last;

        public void Report(IngestTally value)
        {
            var now = elapsed();
            if (_last is { } last && now - last < every)
            {
                return;
            }

            _last = now;
            error.WriteLine($"ingest: {value.Read:N0} articles read, {value.Stored:N0} stored, {value.Read / Math.Max(now.TotalSeconds, 1e-3):N0} articles/s after {now.TotalSeconds:F0} s");
            error.Flush();
        }
    }
}

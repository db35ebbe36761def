namespace Khabar.Bench;

/// <summary>Entry point: <c>khabar-bench COMMAND ...</c>; see README for the commands.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: Khabar.Bench text|translit|micro|neardup|df [args]");
            return 2;
        }

        return args[0] switch
        {
            "text" => TextThroughput.Run(args[1..]),
            "label-rules" => LabelRulesThroughput.Run(args[1..]),
            "translit" => TransliterationEval.Run(args[1..]),
            "micro" => RunMicro(args[1..]),
            "neardup" => NearDuplicateThroughput.Run(args[1..]),
            "df" => TermFrequencyTable.Run(args[1..]),
            "reuse" => ReuseProbe.Run(args[1..]),
            "stories" => StoryThroughput.Run(args[1..]),
            "profile" => ProfileCost.Run(args[1..]),
            "link-pair" => LinkPair.Run(args[1..]),
            "store-cost" => StoreCost.Run(args[1..]),
            "ner-eval" => NerTraining.Evaluate(args[1..]),
            "ner-protocol" => NerProtocol.Run(args[1..]),
            "translit-train" => TransliterationTraining.Run(args[1..]),
            "summary-eval" => SummaryEval.Run(args[1..]),
            "unwrap-check" => UnwrapCheck.Run(args[1..]),
            "ner-train" => NerTraining.TrainAll(args[1..]),
            "ner-clusters" => WordClustering.Run(args[1..]),
            "ner-speed" => NerTraining.Speed(args[1..]),
            "entities" => EntityProbe.Run(args[1..]),
            "namekeys" => NameKeyProbe.Run(args[1..]),
            "mention-list" => MentionList.Run(args[1..]),
            "facts" => FactProbe.Run(args[1..]),
            "consolidate" => ConsolidationThroughput.Run(args[1..]),
            "pipeline" => PipelineThroughput.Run(args[1..]),
            "story-eval" => StoryEval.Run(args[1..]),
            "story-train" => StoryTraining.Run(args[1..]),
            "story-join" => StoryJoin.Run(args[1..]),
            "story-collection" => StoryCollection.Run(args[1..]),
            "attachment-labels" => AttachmentLabels.Run(args[1..]),
            "reuse-eval" => ReuseEval.Run(args[1..]),
            "model-heap" => ModelHeap(),
            "serve-load" => ServeLoad.Run(args[1..]),
            "search-latency" => SearchLatency.Run(args[1..]),
            "snn-replay" => SaudiNewsNetReplay.Run(args[1..]),
            "headline-pairs" => HeadlinePairs.Run(args[1..]),
            "stance-train" => StanceTraining.Run(args[1..]),
            "stance-pair" => StanceTraining.Explain(args[1..]),
            "paraphrase-mine" => ParaphraseMining.Run(args[1..]),
            "fact-band" => FactBand.Run(args[1..]),
            "translit-words" => TransliterationWords.Run(args[1..]),
            "weekday-direction" => WeekdayDirection.Run(args[1..]),
            "synonym-probe" => SynonymProbe.Run(args[1..]),
            "person-rewrites" => PersonRewriteProbe.Run(args[1..]),
            "claims" => ClaimProbe.Run(args[1..]),
            "conflict-labels" => ConflictLabels.Run(args[1..]),
            "fact-labels" => FactLabels.Run(args[1..]),
            "claim-stories" => ClaimStories.Run(args[1..]),
            "word-families" => WordFamilyTable.Run(args[1..]),
            _ => Usage(args[0]),
        };
    }

    /// <summary>The live heap each shipped model adds when loaded, in load order.</summary>
    private static int ModelHeap()
    {
        long Live()
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            return GC.GetTotalMemory(forceFullCollection: true);
        }

        var before = Live();
        foreach (var (name, load) in new (string, Func<object>)[]
        {
            ("term weights", () => Core.Analyze.TermWeights.Default),
            ("gazetteer", () => Core.Entities.Gazetteer.Default),
            ("word clusters", () => Core.Entities.Tagging.WordClusters.Default),
            ("tagger model", () => Core.Entities.Tagging.StackedTaggerModel.Default),
            ("entity tagger", () => Core.Entities.Tagging.EntityTagger.Default),
            ("latin names", () => Core.Entities.LatinNames.Default),
            ("link models", () => Core.Assign.LinkModels.Default),
            ("all parts", () => (Core.Pipeline.PipelineParts.BuiltIn().Analyzer, Core.Pipeline.PipelineParts.BuiltIn().Consolidator, Core.Pipeline.PipelineParts.BuiltIn().Weights)),
        })
        {
            GC.KeepAlive(load());
            var now = Live();
            Console.WriteLine($"{name,-16} +{(now - before) / 1e6,6:F1} MB");
            before = now;
        }

        return 0;
    }

    private static int RunMicro(string[] args)
    {
        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Usage(string command)
    {
        Console.Error.WriteLine($"unknown command '{command}'; expected text, translit, micro, neardup or df");
        return 2;
    }
}

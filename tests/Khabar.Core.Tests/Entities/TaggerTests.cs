using Khabar.Core.Analyze;
using Khabar.Core.Entities;
using Khabar.Core.Entities.Tagging;

namespace Khabar.Core.Tests.Entities;

public class TaggerTests
{
    [Fact]
    public void Labels_read_and_write_as_conll_bio_tags()
    {
        foreach (var name in new[] { "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC" })
        {
            Assert.True(BioLabel.TryParse(name, out var label));
            Assert.Equal(name, BioLabel.Name(label));
        }

        Assert.True(BioLabel.TryParse("B-PER", out var per));
        Assert.Equal("B-PERS", BioLabel.Name(per));
        Assert.False(BioLabel.TryParse("B-DATE", out _));
        Assert.False(BioLabel.CanFollow(BioLabel.Outside, BioLabel.Inside(EntityType.Person)));
        Assert.False(BioLabel.CanFollow(BioLabel.Begin(EntityType.Location), BioLabel.Inside(EntityType.Person)));
        Assert.True(BioLabel.CanFollow(BioLabel.Begin(EntityType.Person), BioLabel.Inside(EntityType.Person)));
    }

    [Fact]
    public void Scoring_counts_whole_entities_like_conlleval()
    {
        static int[] L(params string[] tags) => tags.Select(t => BioLabel.TryParse(t, out var l) ? l : throw new ArgumentException(t)).ToArray();
        var evaluation = new TaggerEvaluation();

        // Gold: PERS (0-1), LOC (3). Found: PERS (0) only, a stray I-LOC that starts its own LOC (3), ORG (4).
        evaluation.Add(L("B-PERS", "I-PERS", "O", "B-LOC", "O"), L("B-PERS", "O", "O", "I-LOC", "B-ORG"));

        Assert.Equal((1, 1, 0), (evaluation.Of(EntityType.Person).Gold, evaluation.Of(EntityType.Person).Predicted, evaluation.Of(EntityType.Person).Correct));
        Assert.Equal(1, evaluation.Of(EntityType.Location).Correct);
        Assert.Equal(1, evaluation.Of(EntityType.Organization).Predicted);
        var (precision, recall, f1) = evaluation.Overall([EntityType.Person, EntityType.Location, EntityType.Organization]);
        Assert.Equal((1 / 3d, 1 / 2d), (precision, recall));
        Assert.Equal(0.4, f1, 6);
    }

    [Fact]
    public void Conll_input_splits_into_sentences_at_blank_lines_and_full_stops()
    {
        var lines = ConllReader.Lines(new StringReader("وصل B-PERS\nأحمد I-PERS\n.\tO\nغادر O\n\n O\nمعان B-LOC\nفقط\n"));

        var sentences = ConllReader.Sentences(lines);

        Assert.Equal(3, sentences.Count);
        Assert.Equal(["وصل", "أحمد", "."], sentences[0].Tokens);
        Assert.Equal(["غادر"], sentences[1].Tokens);
        Assert.Equal(["معان"], sentences[2].Tokens);
        Assert.Equal(BioLabel.Begin(EntityType.Location), sentences[2].Labels[0]);
    }

    [Fact]
    public void Training_learns_that_a_title_announces_a_name_it_never_saw()
    {
        var names = new[] { "زياد الكرمي", "نبيل الحسيني", "رامي الشهري", "فادي العمري", "هشام البنا", "وليد الساعدي" };
        var places = new[] { "معان", "صلالة", "العقبة", "ظفار", "تبوك", "جازان" };
        var sentences = new List<TaggedSentence>();
        for (var i = 0; i < 60; i++)
        {
            var name = names[i % names.Length].Split(' ');
            var place = places[(i / 2) % places.Length];
            sentences.Add(new TaggedSentence(
                ["وقال", "الوزير", name[0], name[1], "في", "مدينة", place, "إن", "العمل", "مستمر", "."],
                [0, 0, 1, 2, 0, 0, 3, 0, 0, 0, 0]));
        }

        var features = new TaggerFeatures(new Gazetteer([], 0), WordClusters.None, NameWords.None, TermWeights.Default);
        var model = TaggerTrainer.Train(sentences, features, new TrainerOptions(Epochs: 5, MinCount: 1));
        var tagger = new EntityTagger(model, features);

        var labels = tagger.Tag(["وقال", "الوزير", "سامر", "الحديدي", "في", "مدينة", "الكرك", "إن", "العمل", "مستمر", "."]);

        Assert.Equal(["O", "O", "B-PERS", "I-PERS", "O", "O", "B-LOC", "O", "O", "O", "O"], labels.Select(BioLabel.Name));
    }

    [Fact]
    public void The_shipped_model_was_trained_with_the_shipped_lists_and_clusters()
    {
        Assert.Equal(TaggerFeatures.Default.Fingerprint, StackedTaggerModel.Default.FeatureFingerprint);
    }

    [Fact]
    public void A_saved_model_loads_back_to_the_same_labels()
    {
        var sentences = Enumerable.Range(0, 20).Select(i => new TaggedSentence(
            ["التقى", "الأمير", i % 2 == 0 ? "خالد" : "فيصل", "في", "الرياض", "."], [0, 0, 1, 0, 3, 0])).ToList();
        var features = new TaggerFeatures(new Gazetteer([], 0), WordClusters.None, NameWords.None, TermWeights.Default);
        var model = TaggerTrainer.Train(sentences, features, new TrainerOptions(Epochs: 3, MinCount: 1));
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = StackedTaggerModel.Load(stream);

        string[] probe = ["التقى", "الأمير", "خالد", "في", "الرياض", "."];
        Assert.Equal(new EntityTagger(model, features).Tag(probe), new EntityTagger(loaded, features).Tag(probe));
        Assert.Equal(model.First.Features, loaded.First.Features);
    }

    [Fact]
    public void A_file_that_is_no_model_is_refused_clearly()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("not a model"u8);
        }

        stream.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => StackedTaggerModel.Load(stream));
        Assert.Contains("not a Khabar entity tagger model", error.Message, StringComparison.Ordinal);
    }
}

using Khabar.Core.Consolidate;
using static Khabar.Core.Tests.Consolidate.MadeUpStory;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>
/// Summarizer.Pick on candidates made by hand (named by their rank: c0 is the best), and Summarizer.Rank on the
/// candidates it makes of small made-up stories.
/// </summary>
public class SummarizerTests
{
    private static SummaryCandidate Candidate(int rank, int words, int? day = null, params int[] redundantWith) =>
        new(new SummarySentence($"f{rank + 1}", new Quote("a", 0, 2, $"c{rank}"), ["a"], false), words, day, redundantWith);

    private static string[] Pick(int words, params SummaryCandidate[] candidates) =>
        [.. Summarizer.Pick(candidates, words).Select(s => s.Text)];

    [Fact]
    public void Pick_passes_the_budget_only_to_end_nearer_it()
    {
        // c1 makes 22 words of 20: 2 over rather than 10 short, so it is taken, and the summary is full.
        Assert.Equal(["c0", "c1"], Pick(20, Candidate(0, 10), Candidate(1, 12), Candidate(2, 6)));

        // c1 would be 7 over against 5 short: skipped; c2 fits (19 words); c3 would be 4 over against 1 short.
        Assert.Equal(["c0", "c2"], Pick(20, Candidate(0, 15), Candidate(1, 12), Candidate(2, 4), Candidate(3, 5)));
    }

    [Fact]
    public void Pick_takes_the_best_sentence_even_when_it_alone_is_over_budget()
    {
        Assert.Equal(["c0"], Pick(20, Candidate(0, 30), Candidate(1, 5)));
    }

    [Fact]
    public void Pick_skips_a_sentence_that_repeats_one_taken()
    {
        // c1 repeats c0 (taken): skipped. c2 repeats only c1, which was not taken: kept.
        Assert.Equal(["c0", "c2"], Pick(80, Candidate(0, 10), Candidate(1, 10, null, 0), Candidate(2, 10, null, 1)));
    }

    [Fact]
    public void Pick_leads_with_the_best_then_follows_the_days_with_undated_sentences_last()
    {
        // Days as day numbers. c0 leads although it is the latest; c2 and c4 share a day and keep their rank order.
        var picked = Pick(80, Candidate(0, 5, 50), Candidate(1, 5), Candidate(2, 5, 30), Candidate(3, 5, 40), Candidate(4, 5, 30));

        Assert.Equal(["c0", "c2", "c4", "c3", "c1"], picked);
    }

    [Fact]
    public void Pick_of_no_candidates_is_empty()
    {
        Assert.Empty(Pick(80));
    }

    [Fact]
    public void Rank_puts_the_sentence_two_outlets_state_before_those_one_states()
    {
        var candidates = Consolidated(
            Article("a", "sada", "2025-03-10", "وصل وزير الخارجية العماني إلى القاهرة صباح اليوم في زيارة رسمية تستمر يومين لبحث التعاون الاقتصادي. وأعلنت وزارة الزراعة المصرية عن موسم قياسي لحصاد القمح في محافظات الصعيد."),
            Article("b", "ofoq", "2025-03-10", "حط وزير خارجية سلطنة عمان رحاله في القاهرة اليوم في زيارة رسمية لمدة يومين يبحث خلالها سبل التعاون الاقتصادي بين البلدين. ومن المنتظر أن يلتقي الوزير بعدد من رجال الأعمال.")).SummaryCandidates;

        Assert.Equal(3, candidates.Count);
        Assert.StartsWith("وصل وزير الخارجية العماني", candidates[0].Sentence.Text, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], candidates[0].Sentence.Sources);
        Assert.All(candidates.Skip(1), c => Assert.Single(c.Sentence.Sources));
        // The candidate carries its words and the day the timeline places it on (undated ones none).
        Assert.Equal(16, candidates[0].Words);
        Assert.Equal(Day("2025-03-10").DayNumber, candidates[0].Day);
        Assert.All(candidates.Skip(1), c => Assert.Null(c.Day));
    }

    [Fact]
    public void Rank_puts_an_opening_one_outlet_states_before_a_later_sentence_two_outlets_state()
    {
        // The leads say what happened; the second sentences, the same detail in two outlets' words.
        var candidates = Consolidated(
            Article("a", "sada", "2025-05-20", "اندلع حريق كبير في مستودع للأخشاب جنوب جدة فجر اليوم وامتد إلى مبان مجاورة قبل السيطرة عليه. وأوضح الدفاع المدني في جدة أن الحريق لم يسفر عن إصابات بين العمال."),
            Article("b", "ofoq", "2025-05-20", "باشرت عشرون آلية للدفاع المدني إخماد النيران في مستودع الأخشاب جنوب جدة بعد بلاغ من الحراس. وأكد الدفاع المدني في جدة أن الحريق لم يخلف أي إصابات بين العمال.")).SummaryCandidates;

        Assert.Equal(3, candidates.Count);
        Assert.All(candidates.Take(2), c => Assert.Equal(0, c.Sentence.Quote.Start));
        Assert.Equal(["a", "b"], candidates[2].Sentence.Sources);
    }

    [Fact]
    public void Rank_marks_a_sentence_too_like_a_better_one_and_the_summary_leaves_it_out()
    {
        // b says the opening twice; the fact takes one of its sentences, the other is its own fact but repeats it.
        var story = Consolidated(
            Article("a", "sada", "2025-03-10", "افتتح أمير المنطقة الشرقية مستشفى الولادة الجديد في الدمام بطاقة ثلاثمئة سرير."),
            Article("b", "ofoq", "2025-03-10", "افتتح أمير المنطقة الشرقية مستشفى الولادة الجديد في الدمام. ويضم مستشفى الولادة الجديد في الدمام ثلاثمئة سرير وافتتحه أمير المنطقة الشرقية بحضور وزير الصحة."));

        Assert.Equal(2, story.SummaryCandidates.Count);
        Assert.Equal([0], story.SummaryCandidates[1].RedundantWith);
        Assert.Equal([story.SummaryCandidates[0].Sentence], story.Summary);
    }

    [Fact]
    public void Rank_leaves_out_headlines_and_the_pieces_of_a_sentence_broken_by_a_line()
    {
        var candidates = Consolidated(
            Article("a", "sada", "2025-06-02", "حريق في سوق شعبي\nاندلع حريق كبير في سوق شعبي وسط مدينة الموصل فجر اليوم وأتى على عشرات المحال التجارية ومخازن البضائع في المنطقة\nبحسب ما أفاد شهود عيان من سكان الحي القريب من السوق. وقال الدفاع المدني إن فرق الإطفاء سيطرت على النيران بعد ثلاث ساعات.")).SummaryCandidates;

        var only = Assert.Single(candidates);
        Assert.StartsWith("وقال الدفاع المدني", only.Sentence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_takes_the_best_piece_when_nothing_reads_as_a_sentence()
    {
        var story = Consolidated(
            Article("a", "sada", "2025-04-14", "عاصفة رملية تضرب الكويت"),
            Article("b", "ofoq", "2025-04-14", "عاصفة رملية تضرب الكويت وتعطل حركة الملاحة"));

        var only = Assert.Single(story.SummaryCandidates);
        Assert.Equal("عاصفة رملية تضرب الكويت", only.Sentence.Text);
        Assert.Equal([only.Sentence], story.Summary);
    }

    [Fact]
    public void Rank_dates_a_candidate_by_its_placed_event_and_not_by_a_doubtful_one()
    {
        var candidates = Consolidated(
            Article("a", "sada", "2025-04-14", "وصل وزير الخارجية الياباني إلى الجزائر يوم السبت في أول زيارة من نوعها منذ عقد."),
            Article("b", "ofoq", "2025-04-14", "وكان وزير الخارجية الياباني قد وصل إلى الجزائر يوم السبت."),
            Article("c", "nabaa", "2025-04-15", "وتفقد الوزير ميناء وهران الخميس الماضي بعد جولة في المدينة.")).SummaryCandidates;

        Assert.Equal(Day("2025-04-12").DayNumber, Assert.Single(candidates, c => c.Sentence.Sources.Contains("a")).Day);
        // «الخميس الماضي» is doubtful (two days before the agreed arrival): the sentence is undated for the summary.
        Assert.Null(Assert.Single(candidates, c => c.Sentence.Sources.SequenceEqual(["c"])).Day);
    }

    [Theory]
    [InlineData("وقال الدفاع المدني إن الحريق أخمد.", true)]
    [InlineData("هل انتهت الأزمة؟", true)]
    [InlineData("وقال الوزير: «الزيارة ناجحة.»", true)]
    [InlineData("وتابع قائلاً إن المفاوضات مستمرة…", true)]
    [InlineData("حريق في سوق شعبي", false)]
    [InlineData("سمات: الموصل، حريق", false)]
    [InlineData("", false)]
    public void A_piece_reads_as_a_sentence_when_it_ends_as_one(string piece, bool ends) =>
        Assert.Equal(ends, Summarizer.Ends(piece));
}

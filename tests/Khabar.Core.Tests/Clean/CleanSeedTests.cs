using Khabar.Core.Clean;

namespace Khabar.Core.Tests.Clean;

/// <summary>The residue in the shared seed articles goes, with the right rule, and the body stays.</summary>
public class CleanSeedTests
{
    [SeedFact]
    public void Removes_the_stray_self_closing_tag_marks_of_seed_001()
    {
        var (raw, clean) = Clean("001_");
        Assert.DoesNotContain("/>", clean.Text, StringComparison.Ordinal);
        for (var at = raw.IndexOf("/>", StringComparison.Ordinal); at >= 0; at = raw.IndexOf("/>", at + 2, StringComparison.Ordinal))
        {
            Assert.Contains(clean.Removals, r => r.Rule == CleanRule.MarkupFragment && r.Start <= at && at + 2 <= r.End);
        }

        AssertBodyKept(raw, clean);
    }

    [SeedFact]
    public void Removes_the_embedded_tweet_of_seed_004()
    {
        var (raw, clean) = Clean("004_");
        Assert.DoesNotContain("pic.twitter.com", clean.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@RT_com", clean.Text, StringComparison.Ordinal);
        foreach (var residue in new[] { "pic.twitter.com", "@RT_com" })
        {
            var at = raw.IndexOf(residue, StringComparison.Ordinal);
            Assert.Contains(clean.Removals, r => r.Rule == CleanRule.EmbeddedPost && r.Start <= at && at < r.End);
        }

        AssertBodyKept(raw, clean);
    }

    [SeedFact]
    public void Removes_the_read_also_promo_of_seed_000()
    {
        var (raw, clean) = Clean("000_");
        Assert.DoesNotContain(clean.Text.Split('\n'), line => line.StartsWith("اقرأ أيضاً", StringComparison.Ordinal));
        var at = raw.IndexOf("اقرأ أيضاً", StringComparison.Ordinal);
        Assert.Contains(clean.Removals, r => r.Rule == CleanRule.Promo && r.Start == at);
        AssertBodyKept(raw, clean);
    }

    [SeedFact]
    public void Changes_only_whitespace_in_the_clean_seeds()
    {
        foreach (var prefix in new[] { "002_", "003_" })
        {
            var (raw, clean) = Clean(prefix);
            Assert.All(clean.Removals, r => Assert.Equal(CleanRule.Whitespace, r.Rule));
            AssertBodyKept(raw, clean);
        }
    }

    private static (string Raw, CleanText Clean) Clean(string prefix)
    {
        var path = Directory.GetFiles(SharedData.Seeds!, prefix + "*.txt").Single();
        var raw = File.ReadAllText(path);
        var clean = ArticleCleaner.Clean(raw);
        CleanInvariants.Check(raw, clean);
        return (raw, clean);
    }

    /// <summary>At least 90% of what is not residue (non-whitespace removals) is still there.</summary>
    private static void AssertBodyKept(string raw, CleanText clean)
    {
        var residue = clean.Removals.Where(r => !r.IsTrivial).Sum(r => r.Length);
        Assert.True(clean.Text.Length >= 0.9 * (raw.Length - residue),
            $"clean {clean.Text.Length} of {raw.Length - residue} non-residue characters");
    }
}

using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Khabar.Cli.Tests;

/// <summary>The boundaries of DESIGN.md, read from the compiled assemblies: who references whom, and who calls a stage.</summary>
public class LayeringTests
{
    private static readonly string[] Stages =
        ["ArticleCleaner", "ArticleAnalyzer", "ArticlePreparation", "MentionFinder", "EntityResolver", "StoryAssignment", "StoryConsolidator", "StoryConsolidation", "DerivedCodec", "IngestJob"];

    private static Assembly Load(string name) => Assembly.Load(name);

    private static string[] References(string assembly) =>
        [.. Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Khabar", StringComparison.Ordinal) || n.Contains("Sqlite", StringComparison.Ordinal) || n.Contains("Npgsql", StringComparison.Ordinal))];

    /// <summary>The types whose members an assembly calls or reads (member references in its metadata).</summary>
    private static HashSet<string> TypesUsedBy(string assembly)
    {
        using var stream = File.OpenRead(Load(assembly).Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.MemberReferences)
        {
            var parent = metadata.GetMemberReference(handle).Parent;
            if (parent.Kind == HandleKind.TypeReference)
            {
                used.Add(metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name));
            }
        }

        return used;
    }

    [Fact]
    public void Core_knows_no_database_and_no_presentation()
    {
        Assert.Equal(["Khabar.Text"], References("Khabar.Core"));
    }

    [Fact]
    public void Present_reads_core_records_only()
    {
        Assert.Equal(["Khabar.Core"], References("Khabar.Present").Where(r => r != "Khabar.Text"));
        Assert.Empty(TypesUsedBy("Khabar.Present").Intersect(Stages));
    }

    [Fact]
    public void The_cli_runs_the_pipeline_and_calls_no_stage_itself()
    {
        var used = TypesUsedBy("khabar");
        Assert.Contains("KhabarPipeline", used);
        Assert.Empty(used.Intersect(Stages));
    }

    [Fact]
    public void The_web_app_reads_through_present_and_calls_no_stage_itself()
    {
        var used = TypesUsedBy("Khabar.Web");
        Assert.Contains("StoryReport", used);
        Assert.Empty(used.Intersect(Stages));
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Khabar.Core.Analyze;

namespace Khabar.Core.Store;

/// <summary>
/// The serializers of the derived records, generated at compile time (no reflection at run time). Text is kept
/// as UTF-8, not escaped: these records are a cache read back by Khabar only, never written into a page.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(ArticleAnalysis))]
[JsonSerializable(typeof(StoredRemoval[]))]
internal sealed partial class DerivedJson : JsonSerializerContext
{
    /// <summary>The context with text stored unescaped.</summary>
    public static DerivedJson Stored { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        IgnoreReadOnlyProperties = true, // derived getters (a fact's sources, an entity's articles) are not stored
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

using System.IO.Compression;

namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// The tagger's two passes: <see cref="First"/> labels from local context; <see cref="Second"/> sees the same
/// features plus <see cref="DocumentMemory"/> built from the first pass's labels. Stored gzipped as
/// <c>Entities/Resources/ner-model.bin</c>, rebuilt by <c>bench ner-train</c>.
/// </summary>
public sealed record StackedTaggerModel(TaggerModel First, TaggerModel Second)
{
    private const string Magic = "KNER";
    private const int FormatVersion = 2;

    private static readonly Lazy<StackedTaggerModel> DefaultModel = new(() =>
    {
        using var stream = typeof(StackedTaggerModel).Assembly.GetManifestResourceStream("Khabar.Core.Entities.Resources.ner-model.bin")
            ?? throw new InvalidOperationException("the entity tagger model ner-model.bin is missing from Khabar.Core; rebuild it with `bench ner-train`");
        return Load(stream);
    });

    /// <summary>The model shipped with Khabar.</summary>
    public static StackedTaggerModel Default => DefaultModel.Value;

    public ulong FeatureFingerprint => First.FeatureFingerprint;

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic.ToCharArray());
        writer.Write(FormatVersion);
        First.Write(writer);
        Second.Write(writer);
    }

    public static StackedTaggerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        if (new string(reader.ReadChars(Magic.Length)) != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"not a Khabar entity tagger model (format {Magic} {FormatVersion})");
        }

        return new StackedTaggerModel(TaggerModel.Read(reader), TaggerModel.Read(reader));
    }
}

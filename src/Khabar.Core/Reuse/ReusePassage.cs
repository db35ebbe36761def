using Khabar.Text;

namespace Khabar.Core.Reuse;

/// <summary>A run of sentences of article A aligned with a run of sentences of article B; extents are into each clean text.</summary>
public sealed record ReusePassage(TextExtent A, TextExtent B, double Similarity);

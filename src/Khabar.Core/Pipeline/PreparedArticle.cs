using Khabar.Core.Analyze;
using Khabar.Core.Clean;
using Khabar.Core.Domain;

namespace Khabar.Core.Pipeline;

/// <summary>One article through Clean and Analyze, ready to store.</summary>
public sealed record PreparedArticle(Article Article, CleanText Cleaning, ArticleAnalysis Analysis);

using Ariadne.Core.Entities;
using Ariadne.Core.Indicators;

namespace Ariadne.Web.Highlighting;

/// <summary>A run of document text inside at most one entity mention and at most one indicator hit.</summary>
public sealed record HighlightSegment(string Text, EntityMention? Mention, IndicatorHit? Hit);

using Ariadne.Core.Entities;

namespace Ariadne.Store.Insights;

/// <summary>Another entity found in the same documents as the one asked about, and in how many of them.</summary>
public sealed record CoMention(EntityType Type, string Value, int Documents);

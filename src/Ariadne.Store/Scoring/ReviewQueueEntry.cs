using Ariadne.Core.Entities;
using Ariadne.Core.Indicators;

namespace Ariadne.Store.Scoring;

/// <summary>
/// One queue item with what a reviewer needs beside the decision form: the ad's text with its entity mentions and
/// indicator hits (to highlight), where and when it was posted (<see cref="PostedAtRaw"/> as written, so a date
/// without a time stays a date) and its network.
/// </summary>
public sealed record ReviewQueueEntry(ReviewQueueItem Item, string Body, DateTimeOffset? PostedAtUtc, string? PostedAtRaw, string? City, string? NetworkId, string? Language,
    IReadOnlyList<EntityMention> Mentions, IReadOnlyList<IndicatorHit> Hits);

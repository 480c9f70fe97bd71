using System.Globalization;
using Ariadne.Core.Indicators;
using Ariadne.Extraction;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Evidence;
using Ariadne.Scoring.Matching;
using Ariadne.Scoring.Model;
using Ariadne.Scoring.Networks;
using Ariadne.Store.Scoring;

namespace Ariadne.Analysis.Stages;

/// <summary>Scores stored documents with a risk model: indicator hits with spans, calibrated risk, plain-words reasons.</summary>
public sealed class DocumentScorer(IRiskScorer model)
{
    public IRiskScorer Model => model;

    /// <param name="document">The stored document as the scorer sees it (<see cref="ToScoring"/>, with its shared spans when known).</param>
    public ScoreResult Score(ScoringDocument document, NetworkEvidence network, IPriceReference? prices, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(network);
        var risk = model.Score(document, network, prices);
        var hits = new IndicatorHit[risk.Hits.Count];
        for (var i = 0; i < hits.Length; i++)
        {
            var h = risk.Hits[i];
            hits[i] = new IndicatorHit
            {
                DocumentId = document.Id,
                RuleId = h.Rule.VersionedId,
                Category = h.Rule.Category,
                Field = h.InTitle ? IndicatorHitField.Title : IndicatorHitField.Text,
                Start = h.Start,
                End = h.End,
                Weight = h.Rule.Weight,
                Explanation = h.Explanation,
            };
        }

        var ruleWeight = risk.Reasons.Sum(r => r.Weight);
        var explanation = string.Create(CultureInfo.InvariantCulture, $"Risk {risk.Probability:0.00} (model {model.ModelId}, advisory).");
        if (risk.Reasons.Count > 0)
        {
            explanation += "\n" + string.Join("\n", risk.Reasons.Select(r => r.Weight == 0 ? r.Text : string.Create(CultureInfo.InvariantCulture, $"{r.Text} [{r.Weight:+0.00;-0.00}]")));
        }

        return new ScoreResult(document.Id, hits, new DocumentRiskScore
        {
            DocumentId = document.Id,
            Probability = risk.Probability,
            Certainty = Math.Abs(risk.Probability - 0.5),
            RuleWeight = ruleWeight,
            ModelId = model.ModelId,
            Explanation = explanation,
            ScoredAtUtc = now,
        });
    }

    /// <summary>The scorer's view of a stored document (mentions become extractor entities, in text order).</summary>
    public static ScoringDocument ToScoring(DocumentEntities document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = new ExtractedEntity[document.Mentions.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            var m = document.Mentions[i];
            entities[i] = new ExtractedEntity(m.Type, m.Value, m.Start, m.End, m.Obfuscated);
        }

        return new ScoringDocument
        {
            Id = document.Id,
            Text = document.Body,
            Title = document.Title,
            Location = document.Location,
            Country = document.Country,
            PostedUtc = document.PostedUtc,
            Entities = entities,
        };
    }
}

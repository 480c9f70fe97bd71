using System.Collections.Concurrent;
using System.Diagnostics;
using Ariadne.Analysis.Stages;
using Ariadne.Core.Entities;
using Ariadne.Extraction;
using Ariadne.Imaging;
using Ariadne.Imaging.Pdq;
using Ariadne.Linking;
using Ariadne.Linking.Graph;
using Ariadne.Linking.Networks;

namespace Ariadne.Analysis.Linking;

/// <summary>
/// <c>ariadne link</c>: links a document file without a store. Entities are extracted in parallel, referenced photos
/// are PDQ-hashed (each file once) and grouped by distance, then <see cref="LinkEngine"/> joins the documents.
/// </summary>
public static class OfflineLinker
{
    /// <summary>
    /// Links the records. <paramref name="extracted"/>, when the caller already extracted each record's text (in
    /// record order), is used instead of extracting again.
    /// </summary>
    public static OfflineLinkResult Run(IReadOnlyList<LinkInputRecord> records, IReadOnlyList<LinkInputError> errors, LinkOptions options,
        IReadOnlyList<IReadOnlyList<ExtractedEntity>>? extracted = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        var prepared = Prepare(records, options, extracted, cancellationToken);
        var clock = Stopwatch.StartNew();
        var link = LinkEngine.Link(prepared.Documents, options, cancellationToken: cancellationToken);
        var components = link.Components();
        var ids = NetworkIds.Assign([.. components.Select(c => (IReadOnlyList<string>)[.. c.Select(d => records[d].Id)])], null);
        return new OfflineLinkResult(records, errors, prepared.Documents, link, ids, prepared.ImageErrors, TimeSpan.Zero, prepared.ExtractTime, prepared.PhotoTime, clock.Elapsed);
    }

    /// <summary>Extracts entities and groups photos: everything linking needs, once, whatever edge kinds are then used.</summary>
    public static PreparedDocuments Prepare(IReadOnlyList<LinkInputRecord> records, LinkOptions options,
        IReadOnlyList<IReadOnlyList<ExtractedEntity>>? extracted = null, CancellationToken cancellationToken = default)
    {
        if (extracted is not null && extracted.Count != records.Count)
        {
            throw new ArgumentException($"{extracted.Count} extraction results for {records.Count} records", nameof(extracted));
        }

        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
        var entities = new (EntityType Type, string Value)[records.Count][];
        var postedCity = new string?[records.Count];
        using (var extractors = new ThreadLocal<EntityExtractor>(() => new EntityExtractor()))
        {
            Parallel.For(0, records.Count, parallel, i =>
            {
                var extractor = extractors.Value!;
                var record = records[i];
                entities[i] = [.. (extracted?[i] ?? extractor.Extract(record.Text, record.Country)).Select(e => (e.Type, e.Value))];
                postedCity[i] = PostingCity.Of(extractor, record.Location, record.Country);
            });
        }

        var extractTime = clock.Elapsed;
        var imageErrors = new ConcurrentBag<string>();
        var photoKeys = options.Kinds.Contains(LinkKind.Photo) ? PhotoKeys(records, parallel, imageErrors) : null;
        var photoTime = clock.Elapsed - extractTime;

        var documents = new LinkDocument[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var list = entities[i];
            if (postedCity[i] is { } city)
            {
                // Where the ad was posted comes first: the movement circuit follows it.
                list = [(EntityType.Location, city), .. list];
            }

            documents[i] = LinkDocumentFactory.Create(records[i].Id, records[i].Text, records[i].PostedUtc, list, photoKeys?[i]);
        }

        return new PreparedDocuments(documents, [.. imageErrors.Order(StringComparer.Ordinal)], extractTime, photoTime);
    }

    private static List<string>[] PhotoKeys(IReadOnlyList<LinkInputRecord> records, ParallelOptions parallel, ConcurrentBag<string> imageErrors)
    {
        var paths = records.SelectMany(r => r.ImagePaths).Distinct(StringComparer.Ordinal).ToList();
        var hashes = new (PdqHash Hash, int Quality)?[paths.Count];
        Parallel.For(0, paths.Count, parallel, i =>
        {
            var result = ImageHasher.HashFile(paths[i]);
            if (result.Succeeded)
            {
                hashes[i] = (result.Result.Hash, result.Result.Quality);
            }
            else
            {
                imageErrors.Add(paths[i] + ": " + result.Error);
            }
        });

        var groups = PhotoGrouper.Group(hashes);
        var keyOfPath = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            if (groups[i] is { } key)
            {
                keyOfPath[paths[i]] = key;
            }
        }

        var keys = new List<string>[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            var list = new List<string>();
            foreach (var path in records[i].ImagePaths)
            {
                if (keyOfPath.TryGetValue(path, out var key) && !list.Contains(key, StringComparer.Ordinal))
                {
                    list.Add(key);
                }
            }

            keys[i] = list;
        }

        return keys;
    }
}

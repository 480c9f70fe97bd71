using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Ingest.Jsonl;
using Ariadne.Core.Documents;
using Ariadne.Synth;
using BenchmarkDotNet.Attributes;

namespace Ariadne.Bench;

/// <summary>
/// The per-record work of ingest before the store: splitting and parsing JSONL lines into documents (which
/// includes validation, date parsing and the content hash), and the SHA-256 content hash on its own. Input: the
/// first 1,000 ads of the synthetic corpus (seed 1), about 470 bytes each, the same records bench/ingest/run.sh uses.
/// </summary>
[MemoryDiagnoser]
public class IngestKernels
{
    private const int Ads = 1000;

    private readonly JsonlRecordReader _reader = new();
    private byte[] _file = [];
    private byte[] _oneLine = [];
    private RecordReadContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ariadne-bench-" + Environment.ProcessId);
        SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = Ads, Seed = 1, OutputDirectory = dir, ImagesEnabled = false });
        _file = File.ReadAllBytes(Path.Combine(dir, "ads.jsonl"));
        Directory.Delete(dir, recursive: true);
        _oneLine = _file.AsSpan(0, _file.AsSpan().IndexOf((byte)'\n')).ToArray();
        _context = new RecordReadContext { OriginFile = "ads.jsonl", IngestedAtUtc = DateTimeOffset.UnixEpoch };
    }

    /// <summary>1,000 JSONL records through the reader into documents (divide by 1,000 for one record).</summary>
    [Benchmark(OperationsPerInvoke = Ads)]
    public int ParseJsonlRecords()
    {
        using var stream = new MemoryStream(_file, writable: false);
        var documents = 0;
        foreach (var record in _reader.Read(stream, _context, CancellationToken.None))
        {
            if (record.Document is not null)
            {
                documents++;
            }
        }

        return documents;
    }

    /// <summary>The content hash of one record: SHA-256 of the raw line as lower-case hex.</summary>
    [Benchmark]
    public string ContentHash() => DocumentIds.Sha256Hex(_oneLine);

    /// <summary>The document id derived from that hash.</summary>
    [Benchmark]
    public string DocumentId() => DocumentIds.FromContentHash(DocumentIds.Sha256Hex(_oneLine));
}

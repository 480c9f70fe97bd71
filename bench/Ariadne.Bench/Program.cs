// BenchmarkDotNet kernels of the ingest hot path. The end-to-end macro benchmark is bench/ingest/run.sh; results
// of both are in docs/benchmarks.md.
// Usage: dotnet run -c Release --project bench/Ariadne.Bench -- --filter '*' [--job short]
using Ariadne.Bench;
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(IngestKernels).Assembly).Run(args);

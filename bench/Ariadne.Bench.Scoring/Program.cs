// BenchmarkDotNet kernels of scoring: rule matching, and rule matching + features + calibrated model per ad, on
// one core. The model-quality evaluation is 'ariadne model evaluate'; results of both are in docs/benchmarks.md.
// Usage: dotnet run -c Release --project bench/Ariadne.Bench.Scoring -- --filter '*' [--job short]
using Ariadne.Bench.Scoring;
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ScoringKernels).Assembly).Run(args);

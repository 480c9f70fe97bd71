using Ariadne.Analysis.Stages;

namespace Ariadne.Architecture.Tests;

/// <summary>Every analysis stage is one class of one shape, and <c>analyze</c> runs all of them.</summary>
public sealed class StageListTests
{
    [Fact]
    public void Every_stage_class_is_in_the_run_list_once_with_its_own_name()
    {
        var classes = typeof(IAnalysisStage).Assembly.GetTypes()
            .Where(t => typeof(IAnalysisStage).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .Select(t => t.FullName).Order(StringComparer.Ordinal);

        Assert.Equal(classes, AnalyzeService.Stages.Select(s => s.GetType().FullName).Order(StringComparer.Ordinal));
        Assert.Equal(AnalyzeService.Stages.Count, AnalyzeService.Stages.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(AnalyzeService.Stages, s => Assert.True(s.Version >= 1, s.Name));
    }
}

using System.Diagnostics;
using System.Globalization;

namespace Ariadne.Analysis.Stages;

/// <summary>Wall time per phase of a stage, so an operator (and a benchmark) sees where a run's time went.</summary>
public sealed class PhaseTimer
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Phase, TimeSpan Elapsed)> _laps = [];
    private readonly List<string> _notes = [];
    private TimeSpan _last;

    public TimeSpan Elapsed => _clock.Elapsed;

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Laps => _laps;

    /// <summary>Ends the current phase under this name.</summary>
    public void Lap(string phase)
    {
        var now = _clock.Elapsed;
        _laps.Add((phase, now - _last));
        _last = now;
    }

    /// <summary>Facts about the run to print after the phases (sizes, counts).</summary>
    public void Note(string note) => _notes.Add(note);

    public override string ToString() =>
        string.Join(", ", _laps.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Phase} {l.Elapsed.TotalSeconds:0.00} s")))
        + string.Concat(_notes.Select(n => "; " + n));
}

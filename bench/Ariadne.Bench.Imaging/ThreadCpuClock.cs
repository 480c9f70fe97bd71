using System.Runtime.InteropServices;

namespace Ariadne.Bench.Imaging;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID), so per-query latency can be reported as time on
/// a core as well as wall time: on the shared benchmark machine wall-time tails are mostly time spent descheduled.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Thread CPU time in milliseconds, or NaN where the clock is unavailable.</summary>
    public static double NowMilliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var t) != 0)
        {
            return double.NaN;
        }
        return (t.Seconds * 1e3) + (t.Nanoseconds / 1e6);
    }
}

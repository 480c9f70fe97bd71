using System.Diagnostics;
using System.Net;

namespace Ariadne.Bench.Web;

/// <summary>
/// Fetches requests with N clients in parallel, each taking the next request from a shared list, and records the
/// time from sending to the last byte of the body (on loopback with one client that is the server's time).
/// </summary>
public static class LatencyRunner
{
    /// <summary>A request that has not answered by then is an error, recorded at this time (a lower bound).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Requests slower than this are named on stderr, so a slow page can be found again (--report-over MS).</summary>
    public static TimeSpan Slow { get; set; } = TimeSpan.FromSeconds(1);

    public static async Task<(List<double> Millis, int Errors)> RunAsync(IReadOnlyList<HttpClient> clients, IReadOnlyList<PageRequest> requests)
    {
        var millis = new double[requests.Count];
        var failed = new bool[requests.Count];
        var next = -1;
        await Task.WhenAll(clients.Select(async client =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests.Count)
            {
                var start = Stopwatch.GetTimestamp();
                using var timeout = new CancellationTokenSource(Timeout);
                try
                {
                    using var response = await client.GetAsync(requests[i].Url, HttpCompletionOption.ResponseContentRead, timeout.Token);
                    millis[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

                    // A 404 for a sampled id would mean the sampler is wrong; any non-200 is counted, not hidden.
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failed[i] = true;
                        await Console.Error.WriteLineAsync($"  {(int)response.StatusCode} {requests[i].Url}");
                    }
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                {
                    millis[i] = Timeout.TotalMilliseconds;
                    failed[i] = true;
                    await Console.Error.WriteLineAsync($"  timeout after {Timeout.TotalSeconds:0} s: {requests[i].Url}");
                    continue;
                }

                if (millis[i] > Slow.TotalMilliseconds)
                {
                    await Console.Error.WriteLineAsync($"  slow {millis[i]:0} ms: {requests[i].Url}");
                }
            }
        }));
        return ([.. millis], failed.Count(f => f));
    }
}

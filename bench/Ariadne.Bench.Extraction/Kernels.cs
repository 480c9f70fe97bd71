using System.Diagnostics;
using System.Globalization;
using Ariadne.Extraction;
using Ariadne.Extraction.Crypto;
using Ariadne.Extraction.Facts;
using Ariadne.Extraction.Locations;
using Ariadne.Extraction.Phones;
using Ariadne.Extraction.Text;
using Ariadne.Extraction.Web;

namespace Ariadne.Bench.Extraction;

/// <summary>Time per scanner over the same 1 KB ads, to see where the time goes.</summary>
internal static class Kernels
{
    public static void Run(List<string> ads, int rounds)
    {
        var tokens = new List<Token>();
        var sink = new List<Candidate>();
        var ages = new List<Candidate>();
        var phones = new PhoneScanner();
        Time("tokenize", ads, rounds, t => Tokenizer.Tokenize(t, tokens));
        Time("crypto", ads, rounds, t => CryptoScanner.Scan(t, sink));
        Time("email", ads, rounds, t => EmailScanner.Scan(t, sink));
        Time("url", ads, rounds, t => UrlScanner.Scan(t, sink));
        Time("handle", ads, rounds, t => { Tokenizer.Tokenize(t, tokens); HandleScanner.Scan(t, tokens, sink); });
        Time("age", ads, rounds, t => { Tokenizer.Tokenize(t, tokens); ages.Clear(); AgeScanner.Scan(t, tokens, ages); });
        Time("name", ads, rounds, t => { Tokenizer.Tokenize(t, tokens); NameScanner.Scan(t, tokens, ages, sink); });
        Time("price", ads, rounds, t => { Tokenizer.Tokenize(t, tokens); PriceScanner.Scan(t, tokens, "US", sink); });
        Time("location", ads, rounds, t => { Tokenizer.Tokenize(t, tokens); LocationScanner.Scan(t, tokens, "US", sink); });
        Time("phone", ads, rounds, t => { Tokenizer.Tokenize(t, tokens); phones.Scan(t, tokens, "US", sink); });
        void Time(string name, List<string> texts, int n, Action<string> action)
        {
            // Warm up first so tiered JIT has optimised the scanner before it is timed.
            for (var i = 0; i < Math.Min(n, 2000); i++)
            {
                sink.Clear();
                action(texts[i % texts.Count]);
            }

            var clock = Stopwatch.StartNew();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < n; i++)
            {
                sink.Clear();
                action(texts[i % texts.Count]);
            }

            bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-10} {clock.Elapsed.TotalMicroseconds / n,8:F1} µs/ad {bytes / (double)n,10:N0} B/ad"));
        }
    }
}

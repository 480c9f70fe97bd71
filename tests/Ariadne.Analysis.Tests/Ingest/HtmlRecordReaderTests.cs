using System.Text;

using Ariadne.Analysis.Ingest.Html;

using static Ariadne.Analysis.Tests.Ingest.ReaderHarness;

namespace Ariadne.Analysis.Tests.Ingest;

public class HtmlRecordReaderTests
{
    [Fact]
    public void Extracts_title_text_dates_canonical_url_and_images()
    {
        const string page = """
            <!doctype html>
            <html lang="en"><head>
              <title>Fallback title</title>
              <meta property="og:title" content="Sweet new arrival">
              <meta property="og:site_name" content="Example Classifieds">
              <meta property="og:image" content="https://example.com/og.jpg">
              <meta property="article:published_time" content="2026-02-14T08:30:00-05:00">
              <link rel="canonical" href="https://example.com/ads/42">
              <style>.x { color: red }</style>
            </head><body>
              <nav>Home | Login</nav>
              <main>
                <h1>Sweet new arrival</h1>
                <p>Call  me at
                   +1 555-0142</p><p>Email ad42@example.com</p>
                <script>var tracking = 1;</script>
                <img src="photos/42a.jpg"><img src="data:image/png;base64,AAAA"><img src="photos/42a.jpg">
              </main>
              <footer>footer text outside main</footer>
            </body></html>
            """;
        var bytes = Encoding.UTF8.GetBytes(page);

        var record = Assert.Single(ReadAll(new HtmlRecordReader(), bytes, origin: "/data/pages/ad42.html"));
        var doc = record.Document!;

        Assert.Equal("Sweet new arrival", doc.Title);
        Assert.Equal("Sweet new arrival\nCall me at +1 555-0142\nEmail ad42@example.com", doc.Body);
        Assert.Equal("https://example.com/ads/42", doc.SourceUrl);
        Assert.Equal("https://example.com/ads/42", doc.ExternalId);
        Assert.Equal("Example Classifieds", doc.Source);
        Assert.Equal("en", doc.Language);
        Assert.Equal("2026-02-14T08:30:00-05:00", doc.PostedAtRaw);
        Assert.Equal(new DateTimeOffset(2026, 2, 14, 13, 30, 0, TimeSpan.Zero), doc.PostedAtUtc);
        Assert.Equal(["photos/42a.jpg", "https://example.com/og.jpg"], doc.Images.Select(i => i.Reference));
        Assert.Equal(bytes, doc.RawPayload);
        Assert.Equal("html", doc.RawFormat);
        Assert.Equal(0, doc.OriginLine);
        Assert.Equal(bytes.Length, record.EndOffset);
    }

    [Fact]
    public void Without_canonical_the_id_is_the_file_name_and_json_ld_gives_the_date()
    {
        const string page = """
            <html><head><title>Room for rent</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2026-01-05"}]}</script>
            </head><body><div>Quiet room</div><div>Text +1 555-0177</div></body></html>
            """;
        var doc = Assert.Single(ReadAll(new HtmlRecordReader(), Encoding.UTF8.GetBytes(page), origin: "/x/room-7.htm")).Document!;

        Assert.Equal("room-7.htm", doc.ExternalId);
        Assert.Null(doc.SourceUrl);
        Assert.Equal("Room for rent", doc.Title);
        Assert.Equal("Quiet room\nText +1 555-0177", doc.Body);
        Assert.Equal("2026-01-05", doc.PostedAtRaw);
    }

    [Fact]
    public void Time_element_and_meta_date_are_fallbacks()
    {
        const string withTime = "<html><body><article><time datetime=\"2026-04-01T09:00:00Z\">April 1</time> Hello there</article></body></html>";
        const string withMeta = "<html><head><meta name=\"date\" content=\"2026-05-02\"></head><body>Hi</body></html>";

        Assert.Equal("2026-04-01T09:00:00Z", Assert.Single(ReadAll(new HtmlRecordReader(), withTime)).Document!.PostedAtRaw);
        Assert.Equal("2026-05-02", Assert.Single(ReadAll(new HtmlRecordReader(), withMeta)).Document!.PostedAtRaw);
    }

    [Fact]
    public void Pages_without_text_and_oversized_files_are_rejected()
    {
        var empty = Assert.Single(ReadAll(new HtmlRecordReader(), "<html><head><title>t</title><script>x()</script></head><body> <img src=a.jpg> </body></html>"));
        Assert.Contains("no text", empty.Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(0, empty.Line);

        var big = Encoding.UTF8.GetBytes("<html><body>" + new string('x', 10_000) + "</body></html>");
        var tooBig = Assert.Single(ReadAll(new HtmlRecordReader(maxFileBytes: 5000), big));
        Assert.Contains("larger than the HTML limit", tooBig.Rejection!.Reason, StringComparison.Ordinal);
        Assert.Equal(4096, tooBig.Rejection.Raw.Length);
        Assert.Equal(big.Length, tooBig.EndOffset);
    }

    [Fact]
    public void Deeply_nested_pages_do_not_overflow_the_stack()
    {
        var page = new StringBuilder("<html><body>");
        for (var i = 0; i < 20_000; i++)
        {
            page.Append("<div>");
        }

        page.Append("deep text");
        var record = Assert.Single(ReadAll(new HtmlRecordReader(), page.ToString()));

        Assert.Contains("deep text", record.Document!.Body, StringComparison.Ordinal);
    }
}

namespace Ariadne.Bench.Web;

/// <summary>One URL to fetch and the page type it is reported under.</summary>
public sealed record PageRequest(string PageType, string Url);

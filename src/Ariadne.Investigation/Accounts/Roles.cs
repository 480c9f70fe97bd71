namespace Ariadne.Investigation.Accounts;

/// <summary>The four roles of the app. A user may hold several; what each may do is in <see cref="Policies"/>.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Analyst = "Analyst";
    public const string Reviewer = "Reviewer";
    public const string Viewer = "Viewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Analyst, Reviewer, Viewer];

    /// <summary>The canonical spelling of <paramref name="name"/> (case-insensitive), or null when it is no role.</summary>
    public static string? Normalize(string? name) =>
        All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

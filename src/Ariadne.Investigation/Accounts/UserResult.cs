namespace Ariadne.Investigation.Accounts;

/// <summary>The outcome of an account change that can fail for an expected reason (taken e-mail, weak password).</summary>
public sealed record UserResult(bool Succeeded, string? Error)
{
    public static UserResult Ok() => new(true, null);

    public static UserResult Failed(string error) => new(false, error);
}

namespace Ariadne.Web.Components.Account;

/// <summary>The fields posted by the sign-in form.</summary>
public sealed class SignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

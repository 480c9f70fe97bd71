using System.CommandLine;
using System.Globalization;

namespace Ariadne.Cli.Infrastructure;

/// <summary>Range checks for integer options that name the option in the error.</summary>
public static class OptionRange
{
    public static Option<int> Between(this Option<int> option, int min, int max)
    {
        option.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself; only judge parsed numbers here.
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (token is not null && int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && (value < min || value > max))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be between {min:N0} and {max:N0}."));
            }
        });
        return option;
    }
}

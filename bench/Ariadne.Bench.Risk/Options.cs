namespace Ariadne.Bench.Risk;

/// <summary>The evaluation's optional arguments.</summary>
internal sealed record Options(string? ModelDirectory, string? FitPath, bool NoLinking)
{
    public static Options Parse(string[] args)
    {
        string? model = null, fit = null;
        var noLinking = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--model" when i + 1 < args.Length:
                    model = args[++i];
                    break;
                case "--fit" when i + 1 < args.Length:
                    fit = args[++i];
                    break;
                case "--no-linking":
                    noLinking = true;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        return new Options(model, fit, noLinking);
    }
}

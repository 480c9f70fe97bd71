namespace Ariadne.Core.Indicators;

/// <summary>The document fields an indicator hit's span can point into.</summary>
public static class IndicatorHitField
{
    public const string Text = "text";

    public const string Title = "title";
}

using System.Globalization;

namespace Ariadne.Web.Components.Networks;

/// <summary>How the network page's panels write a count: grouped, the same in every culture.</summary>
internal static class NetworkFigures
{
    public static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

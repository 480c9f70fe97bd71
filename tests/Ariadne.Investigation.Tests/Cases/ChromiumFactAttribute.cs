using Ariadne.Investigation.Cases.Report;

namespace Ariadne.Investigation.Tests.Cases;

/// <summary>A fact that is skipped (and says why) only when no chromium is installed; .ci/run installs it.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumPdfPrinter.FindExecutable() is null)
        {
            Skip = "chromium is not installed (apt-get install chromium, or set ARIADNE_CHROMIUM)";
        }
    }
}

namespace Ariadne.Investigation.Tests.Cases;

/// <summary>A clock the test sets, so audit times and timeline order are known exactly.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}

namespace Ariadne.Core.Review;

/// <summary>What a reviewer decided; wire names are lower case (<c>confirm</c>, <c>dismiss</c>, <c>escalate</c>).</summary>
public enum ReviewVerdict
{
    /// <summary>Shows signs of exploitation: a positive label for training.</summary>
    Confirm = 0,

    /// <summary>Does not (e.g. an independent adult worker): a negative label for training.</summary>
    Dismiss = 1,

    /// <summary>Needs a senior reviewer or a case; not used as a label until decided.</summary>
    Escalate = 2,
}

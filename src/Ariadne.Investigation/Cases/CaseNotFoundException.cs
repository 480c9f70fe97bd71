namespace Ariadne.Investigation.Cases;

/// <summary>No case (or evidence, or subject) has this id.</summary>
public sealed class CaseNotFoundException(string message) : Exception(message);

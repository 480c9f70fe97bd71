using Ariadne.Linking;

namespace Ariadne.Analysis.Linking;

/// <summary>Documents ready for <see cref="LinkEngine"/>, with the images that could not be hashed and the time each step took.</summary>
public sealed record PreparedDocuments(IReadOnlyList<LinkDocument> Documents, IReadOnlyList<string> ImageErrors, TimeSpan ExtractTime, TimeSpan PhotoTime);

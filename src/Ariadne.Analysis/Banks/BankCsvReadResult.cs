using Ariadne.Core.Imaging;

namespace Ariadne.Analysis.Banks;

/// <summary>The good rows of a bank file (in file order) and the rows that were rejected.</summary>
public sealed record BankCsvReadResult(IReadOnlyList<BankEntry> Entries, IReadOnlyList<BankCsvError> Errors);

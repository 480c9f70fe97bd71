using Ariadne.Core.Imaging;

namespace Ariadne.Store.Banks;

/// <summary>A bank and how many hashes it holds.</summary>
public sealed record BankSummary(HashBank Bank, long Entries);

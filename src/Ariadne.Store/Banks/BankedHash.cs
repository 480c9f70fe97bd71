using Ariadne.Core.Imaging;

namespace Ariadne.Store.Banks;

/// <summary>A bank entry with its bank's name, for matching across all banks.</summary>
public sealed record BankedHash(string BankName, BankEntry Entry);

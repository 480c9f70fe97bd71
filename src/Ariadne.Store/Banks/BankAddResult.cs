namespace Ariadne.Store.Banks;

/// <summary>What adding entries to a bank did: new hashes stored, and hashes the bank already held (left as they were).</summary>
public readonly record struct BankAddResult(int Added, int AlreadyPresent);

using System.Runtime.CompilerServices;

// Lets the crypto tests cross-check the Keccak sponge against the platform SHA3-256 (same permutation, other padding).
[assembly: InternalsVisibleTo("Ariadne.Core.Tests")]

namespace Ariadne.Scoring.Rules;

/// <summary>Which signals come from one ad and which from the network the linker put it in.</summary>
public static class SignalKindExtensions
{
    public static bool IsNetwork(this SignalKind kind) =>
        kind is SignalKind.NetworkRotatingPhones or SignalKind.NetworkControlledMovement or SignalKind.NetworkPersonas;
}

namespace Ariadne.Synth.Field;

/// <summary>How one ad gives its owner's contact.</summary>
internal enum ContactMode
{
    /// <summary>No phone, e-mail or handle at all.</summary>
    None,

    /// <summary>A handle or e-mail, no phone.</summary>
    HandleOrEmail,

    /// <summary>Phones, every one obfuscated.</summary>
    Obfuscated,

    /// <summary>Phones in plain digits.</summary>
    Plain,
}

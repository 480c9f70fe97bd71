namespace Ariadne.Synth.Model;

/// <summary>A generated picture and the edited variants that exist as files ("original" always first).</summary>
internal sealed class Photo
{
    public required string Id { get; init; }

    public required int Index { get; init; }

    public required string Caption { get; init; }

    public List<string> Variants { get; } = ["original"];

    public string PathOf(string variant) => "images/" + Id + "-" + variant + ".jpg";
}

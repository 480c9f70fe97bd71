using Ariadne.Core.Entities;

namespace Ariadne.Web.Components.Documents;

/// <summary>
/// How the document page names an entity's type in its marks, tags and tooltips (the enum name in lower case,
/// which the stylesheet's <c>entity-*</c> classes are written against), shared by the text and the entity table.
/// </summary>
internal static class EntityMarks
{
    public static string TypeName(EntityType type) => type.ToString().ToLowerInvariant();

    public static string Describe(EntityMention m) => $"{TypeName(m.Type)}: {m.Value}{(m.Obfuscated ? " (obfuscated)" : "")}";
}

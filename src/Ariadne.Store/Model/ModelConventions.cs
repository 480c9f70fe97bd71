using System.Reflection;
using System.Text;
using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ariadne.Store.Model;

/// <summary>Naming and storage conventions applied to every Ariadne table.</summary>
internal static class ModelConventions
{
    /// <summary>Kinds are stored by wire name (<c>ad</c>, <c>chat</c>...) so the database reads like the input files.</summary>
    public static readonly ValueConverter<DocumentKind, string> DocumentKindConverter = new(
        v => v.ToWireName(),
        v => ParseKind(v));

    /// <summary>Entity types are stored by lower-case name (<c>phone</c>, <c>email</c>...), as in the extract output.</summary>
    public static readonly ValueConverter<EntityType, string> EntityTypeConverter = new(
        v => v.ToString().ToLowerInvariant(),
        v => Enum.Parse<EntityType>(v, true));

    // SQLite has no date type; Unix milliseconds in an INTEGER sort and compare correctly in SQL and in LINQ.
    private static readonly ValueConverter<DateTimeOffset, long> UnixMillisecondsConverter = new(
        v => v.ToUnixTimeMilliseconds(),
        v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    // Npgsql writes timestamptz only from UTC values; normalising here spares every caller that rule.
    private static readonly ValueConverter<DateTimeOffset, DateTimeOffset> UtcConverter = new(
        v => v.ToUniversalTime(),
        v => v);

    public static DocumentKind ParseKind(string wireName) =>
        DocumentKinds.TryParse(wireName, out var kind) ? kind : DocumentKind.Ad;

    public static void ApplySnakeCaseColumns(ModelBuilder modelBuilder, Assembly domainAssembly)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.ClrType.Assembly != domainAssembly)
            {
                continue;
            }

            foreach (var property in entity.GetProperties())
            {
                // Names set explicitly in the model win.
                if (property.FindAnnotation("Relational:ColumnName") is null)
                {
                    property.SetColumnName(ToSnakeCase(property.Name));
                }
            }
        }
    }

    public static void ApplyDateTimeOffsetStorage(ModelBuilder modelBuilder, StoreKind kind)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (type != typeof(DateTimeOffset) || property.GetValueConverter() is not null)
                {
                    continue;
                }

                property.SetValueConverter(kind == StoreKind.Sqlite ? UnixMillisecondsConverter : UtcConverter);
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                // "ContentSha256" -> content_sha256, "PostedAtUtc" -> posted_at_utc.
                if (i > 0 && !char.IsUpper(name[i - 1]))
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}

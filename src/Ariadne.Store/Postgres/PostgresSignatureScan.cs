using Ariadne.Store.Linking;
using Ariadne.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Postgres;

/// <summary>
/// The incremental link stage's scan of every stored text signature on PostgreSQL: plain ADO.NET into one reused
/// buffer (at a million rows EF's per-row materialisation is most of the cost).
/// </summary>
internal static class PostgresSignatureScan
{
    public static async Task<long> RunAsync(AriadneDbContext context, int minShingles, SignatureVisitor visit, SignatureKeeper keep, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT document_id, signature FROM {StoreSchema.TextSignatures} WHERE shingle_count >= @min";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@min";
        parameter.Value = minShingles;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var buffer = new byte[4096];
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var length = (int)reader.GetBytes(1, 0, buffer, 0, buffer.Length);
            rows++;
            if (visit(buffer.AsSpan(0, length)))
            {
                keep(reader.GetString(0), buffer.AsSpan(0, length));
            }
        }

        return rows;
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Sqlite
{
    /// <summary>
    /// The city filter folds diacritics as well as case ("Montreal" finds "Montréal"): its expression index moves from
    /// lower(location_raw) to ariadne_fold(location_raw), a deterministic function every connection of a store
    /// registers (SqliteConnections, Search/SearchFold). Full text already folds both (FTS5 unicode61
    /// remove_diacritics 2). Raw SQL only: the EF model does not change.
    /// </summary>
    public partial class SearchFolding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_documents_location_lower;");
            migrationBuilder.Sql("CREATE INDEX ix_documents_location_fold ON documents (ariadne_fold(location_raw));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_documents_location_fold;");
            migrationBuilder.Sql("CREATE INDEX ix_documents_location_lower ON documents (lower(location_raw));");
        }
    }
}

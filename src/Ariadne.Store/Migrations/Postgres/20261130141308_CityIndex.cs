using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CityIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search by city is a prefix of the location as written, in any case: an expression index, which the
            // EF model cannot describe (like the full-text index). text_pattern_ops lets the planner use it for LIKE 'prefix%'
            // whatever the database's collation.
            migrationBuilder.Sql("CREATE INDEX ix_documents_location_lower ON documents (lower(location_raw) text_pattern_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_documents_location_lower;");
        }
    }
}

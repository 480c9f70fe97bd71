using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CityIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Search by city is a prefix of the location as written, in any case: an expression index, which the
            // EF model cannot describe (like the full-text index). The searcher reads it through a range on lower(location_raw)
            // when the city is the narrowest filter (DocumentSearcher, SearchDriver.City).
            migrationBuilder.Sql("CREATE INDEX ix_documents_location_lower ON documents (lower(location_raw));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_documents_location_lower;");
        }
    }
}

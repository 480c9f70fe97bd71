using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WebPageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_entity_mentions_type_value",
                table: "entity_mentions");

            migrationBuilder.DropIndex(
                name: "IX_documents_country",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_kind",
                table: "documents");

            migrationBuilder.CreateIndex(
                name: "IX_entity_mentions_type_value_document_id",
                table: "entity_mentions",
                columns: new[] { "type", "value", "document_id" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_country_posted_at_utc_id",
                table: "documents",
                columns: new[] { "country", "posted_at_utc", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_kind_posted_at_utc_id",
                table: "documents",
                columns: new[] { "kind", "posted_at_utc", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_entity_mentions_type_value_document_id",
                table: "entity_mentions");

            migrationBuilder.DropIndex(
                name: "IX_documents_country_posted_at_utc_id",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_kind_posted_at_utc_id",
                table: "documents");

            migrationBuilder.CreateIndex(
                name: "IX_entity_mentions_type_value",
                table: "entity_mentions",
                columns: new[] { "type", "value" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_country",
                table: "documents",
                column: "country");

            migrationBuilder.CreateIndex(
                name: "IX_documents_kind",
                table: "documents",
                column: "kind");
        }
    }
}

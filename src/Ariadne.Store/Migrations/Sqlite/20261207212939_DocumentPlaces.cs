using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocumentPlaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "document_places",
                columns: table => new
                {
                    document_id = table.Column<string>(type: "TEXT", nullable: false),
                    city = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_places", x => x.document_id);
                    table.ForeignKey(
                        name: "FK_document_places_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_document_places_city",
                table: "document_places",
                column: "city");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_places");
        }
    }
}

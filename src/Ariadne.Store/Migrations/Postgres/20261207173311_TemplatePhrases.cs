using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TemplatePhrases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Signatures written before template linking have no phrases beside them. Forgetting them makes the next
            // analyze sign every document again (signature and phrases) and, every document being unlinked then, link
            // the store in full.
            migrationBuilder.Sql("DELETE FROM text_signatures;");

            migrationBuilder.CreateTable(
                name: "text_phrases",
                columns: table => new
                {
                    document_id = table.Column<string>(type: "text", nullable: false),
                    phrases = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_text_phrases", x => x.document_id);
                    table.ForeignKey(
                        name: "FK_text_phrases_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "text_phrases");
        }
    }
}

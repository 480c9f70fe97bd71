using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TemplatePhrases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "phrases",
                table: "text_signatures",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0]);

            // Signatures written before template linking carry no phrases. Forgetting them makes the next analyze sign
            // every document again (with its phrases) and, as every document is then unlinked, link the store in full.
            migrationBuilder.Sql("DELETE FROM text_signatures;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "phrases",
                table: "text_signatures");
        }
    }
}

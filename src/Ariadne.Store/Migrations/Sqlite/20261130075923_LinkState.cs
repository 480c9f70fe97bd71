using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LinkState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "linked",
                table: "text_signatures",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_text_signatures_unlinked",
                table: "text_signatures",
                column: "linked",
                filter: "linked = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_text_signatures_unlinked",
                table: "text_signatures");

            migrationBuilder.DropColumn(
                name: "linked",
                table: "text_signatures");
        }
    }
}

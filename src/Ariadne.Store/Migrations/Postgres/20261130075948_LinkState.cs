using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_text_signatures_unlinked",
                table: "text_signatures",
                column: "linked",
                filter: "NOT linked");
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

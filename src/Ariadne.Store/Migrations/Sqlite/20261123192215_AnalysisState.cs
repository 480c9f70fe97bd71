using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnalysisState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "document_analysis",
                columns: table => new
                {
                    document_id = table.Column<string>(type: "TEXT", nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    analyzed_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_analysis", x => new { x.document_id, x.stage });
                    table.ForeignKey(
                        name: "FK_document_analysis_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_document_analysis_stage_version",
                table: "document_analysis",
                columns: new[] { "stage", "version" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_analysis");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Watches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "watches",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    owner_user_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    definition = table.Column<string>(type: "TEXT", nullable: false),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    evaluated_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    last_visit_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watches", x => x.id);
                    table.ForeignKey(
                        name: "FK_watches_identity_users_owner_user_id",
                        column: x => x.owner_user_id,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "watch_matches",
                columns: table => new
                {
                    watch_id = table.Column<long>(type: "INTEGER", nullable: false),
                    document_id = table.Column<string>(type: "TEXT", nullable: false),
                    found_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_watch_matches", x => new { x.watch_id, x.document_id });
                    table.ForeignKey(
                        name: "FK_watch_matches_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_watch_matches_watches_watch_id",
                        column: x => x.watch_id,
                        principalTable: "watches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_watch_matches_document_id",
                table: "watch_matches",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "IX_watch_matches_watch_id_found_at_utc_document_id",
                table: "watch_matches",
                columns: new[] { "watch_id", "found_at_utc", "document_id" });

            migrationBuilder.CreateIndex(
                name: "IX_watches_owner_user_id",
                table: "watches",
                column: "owner_user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "watch_matches");

            migrationBuilder.DropTable(
                name: "watches");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Linking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "summary_json",
                table: "networks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "link_hubs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: false),
                    documents = table.Column<int>(type: "INTEGER", nullable: false),
                    groups = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    detected_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_link_hubs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "network_edges",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    network_id = table.Column<string>(type: "TEXT", nullable: false),
                    document_a = table.Column<string>(type: "TEXT", nullable: false),
                    document_b = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    evidence = table.Column<string>(type: "TEXT", nullable: false),
                    similarity = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_edges", x => x.id);
                    table.ForeignKey(
                        name: "FK_network_edges_networks_network_id",
                        column: x => x.network_id,
                        principalTable: "networks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "text_signatures",
                columns: table => new
                {
                    document_id = table.Column<string>(type: "TEXT", nullable: false),
                    signature = table.Column<byte[]>(type: "BLOB", nullable: false),
                    shingle_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_text_signatures", x => x.document_id);
                    table.ForeignKey(
                        name: "FK_text_signatures_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_link_hubs_kind_value",
                table: "link_hubs",
                columns: new[] { "kind", "value" });

            migrationBuilder.CreateIndex(
                name: "IX_network_edges_document_a",
                table: "network_edges",
                column: "document_a");

            migrationBuilder.CreateIndex(
                name: "IX_network_edges_document_b",
                table: "network_edges",
                column: "document_b");

            migrationBuilder.CreateIndex(
                name: "IX_network_edges_network_id",
                table: "network_edges",
                column: "network_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "link_hubs");

            migrationBuilder.DropTable(
                name: "network_edges");

            migrationBuilder.DropTable(
                name: "text_signatures");

            migrationBuilder.DropColumn(
                name: "summary_json",
                table: "networks");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ariadne.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Scoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "document_risk_scores",
                columns: table => new
                {
                    document_id = table.Column<string>(type: "text", nullable: false),
                    probability = table.Column<double>(type: "double precision", nullable: false),
                    certainty = table.Column<double>(type: "double precision", nullable: false),
                    rule_weight = table.Column<double>(type: "double precision", nullable: false),
                    model_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    explanation = table.Column<string>(type: "text", nullable: false),
                    scored_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_risk_scores", x => x.document_id);
                    table.ForeignKey(
                        name: "FK_document_risk_scores_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_id = table.Column<string>(type: "text", nullable: false),
                    verdict = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    reviewer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    decided_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    probability_shown = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_decisions", x => x.id);
                    table.ForeignKey(
                        name: "FK_review_decisions_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_document_risk_scores_certainty",
                table: "document_risk_scores",
                column: "certainty");

            migrationBuilder.CreateIndex(
                name: "IX_document_risk_scores_probability",
                table: "document_risk_scores",
                column: "probability");

            migrationBuilder.CreateIndex(
                name: "IX_review_decisions_document_id_decided_at_utc",
                table: "review_decisions",
                columns: new[] { "document_id", "decided_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_risk_scores");

            migrationBuilder.DropTable(
                name: "review_decisions");
        }
    }
}

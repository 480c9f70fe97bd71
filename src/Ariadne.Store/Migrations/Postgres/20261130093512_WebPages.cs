using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ariadne.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WebPages : Migration
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

            migrationBuilder.CreateTable(
                name: "import_jobs",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ingest_run_id = table.Column<string>(type: "text", nullable: true),
                    records_read = table.Column<long>(type: "bigint", nullable: false),
                    documents_added = table.Column<long>(type: "bigint", nullable: false),
                    duplicates = table.Column<long>(type: "bigint", nullable: false),
                    quarantined = table.Column<long>(type: "bigint", nullable: false),
                    images_stored = table.Column<long>(type: "bigint", nullable: false),
                    images_missing = table.Column<long>(type: "bigint", nullable: false),
                    analysed = table.Column<long>(type: "bigint", nullable: false),
                    quarantine_summary = table.Column<string>(type: "text", nullable: true),
                    skipped_files = table.Column<string>(type: "text", nullable: true),
                    error = table.Column<string>(type: "text", nullable: true),
                    started_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_jobs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_entity_mentions_type_value_document_id",
                table: "entity_mentions",
                columns: new[] { "type", "value", "document_id" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_country_posted_at_utc_id",
                table: "documents",
                columns: new[] { "country", "posted_at_utc", "id" },
                descending: new[] { false, true, true })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.Unspecified, NullSortOrder.NullsLast, NullSortOrder.NullsLast });

            migrationBuilder.CreateIndex(
                name: "IX_documents_kind_posted_at_utc_id",
                table: "documents",
                columns: new[] { "kind", "posted_at_utc", "id" },
                descending: new[] { false, true, true })
                .Annotation("Npgsql:IndexNullSortOrder", new[] { NullSortOrder.Unspecified, NullSortOrder.NullsLast, NullSortOrder.NullsLast });

            migrationBuilder.CreateIndex(
                name: "IX_import_jobs_started_at_utc",
                table: "import_jobs",
                column: "started_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_import_jobs_status",
                table: "import_jobs",
                column: "status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "import_jobs");

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

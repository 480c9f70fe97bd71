using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    owner_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    content_sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    external_id = table.Column<string>(type: "TEXT", nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: true),
                    source_url = table.Column<string>(type: "TEXT", nullable: true),
                    author_handle = table.Column<string>(type: "TEXT", nullable: true),
                    posted_at_raw = table.Column<string>(type: "TEXT", nullable: true),
                    posted_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    title = table.Column<string>(type: "TEXT", nullable: true),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    location_raw = table.Column<string>(type: "TEXT", nullable: true),
                    country = table.Column<string>(type: "TEXT", nullable: true),
                    language = table.Column<string>(type: "TEXT", nullable: true),
                    raw_format = table.Column<string>(type: "TEXT", nullable: false),
                    raw_payload = table.Column<byte[]>(type: "BLOB", nullable: false),
                    origin_file = table.Column<string>(type: "TEXT", nullable: true),
                    origin_line = table.Column<long>(type: "INTEGER", nullable: false),
                    ingested_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ingest_file_checkpoints",
                columns: table => new
                {
                    file_key = table.Column<string>(type: "TEXT", nullable: false),
                    path = table.Column<string>(type: "TEXT", nullable: false),
                    byte_offset = table.Column<long>(type: "INTEGER", nullable: false),
                    line = table.Column<long>(type: "INTEGER", nullable: false),
                    completed = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingest_file_checkpoints", x => x.file_key);
                });

            migrationBuilder.CreateTable(
                name: "ingest_runs",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    started_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    paths = table.Column<string>(type: "TEXT", nullable: false),
                    records_read = table.Column<long>(type: "INTEGER", nullable: false),
                    documents_added = table.Column<long>(type: "INTEGER", nullable: false),
                    duplicates = table.Column<long>(type: "INTEGER", nullable: false),
                    quarantined = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingest_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "networks",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    label = table.Column<string>(type: "TEXT", nullable: true),
                    document_count = table.Column<int>(type: "INTEGER", nullable: false),
                    first_seen_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    last_seen_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    updated_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_networks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "quarantine",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    run_id = table.Column<string>(type: "TEXT", nullable: false),
                    file = table.Column<string>(type: "TEXT", nullable: false),
                    line = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    raw = table.Column<byte[]>(type: "BLOB", nullable: false),
                    quarantined_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quarantine", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evidence",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    source_url = table.Column<string>(type: "TEXT", nullable: true),
                    captured_by_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    captured_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    tool_version = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence", x => x.id);
                    table.ForeignKey(
                        name: "FK_evidence_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_images",
                columns: table => new
                {
                    document_id = table.Column<string>(type: "TEXT", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    reference = table.Column<string>(type: "TEXT", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", nullable: true),
                    missing_reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_images", x => new { x.document_id, x.ordinal });
                    table.ForeignKey(
                        name: "FK_document_images_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entity_mentions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    document_id = table.Column<string>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: false),
                    start_offset = table.Column<int>(type: "INTEGER", nullable: false),
                    end_offset = table.Column<int>(type: "INTEGER", nullable: false),
                    obfuscated = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entity_mentions", x => x.id);
                    table.ForeignKey(
                        name: "FK_entity_mentions_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "indicator_hits",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    document_id = table.Column<string>(type: "TEXT", nullable: false),
                    rule_id = table.Column<string>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", nullable: false),
                    start_offset = table.Column<int>(type: "INTEGER", nullable: false),
                    end_offset = table.Column<int>(type: "INTEGER", nullable: false),
                    weight = table.Column<double>(type: "REAL", nullable: false),
                    explanation = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_hits", x => x.id);
                    table.ForeignKey(
                        name: "FK_indicator_hits_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "network_members",
                columns: table => new
                {
                    network_id = table.Column<string>(type: "TEXT", nullable: false),
                    document_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_network_members", x => new { x.network_id, x.document_id });
                    table.ForeignKey(
                        name: "FK_network_members_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_network_members_networks_network_id",
                        column: x => x.network_id,
                        principalTable: "networks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_document_images_sha256",
                table: "document_images",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "IX_documents_content_sha256",
                table: "documents",
                column: "content_sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_country",
                table: "documents",
                column: "country");

            migrationBuilder.CreateIndex(
                name: "IX_documents_kind",
                table: "documents",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "IX_documents_posted_at_utc_id",
                table: "documents",
                columns: new[] { "posted_at_utc", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_source",
                table: "documents",
                column: "source");

            migrationBuilder.CreateIndex(
                name: "IX_entity_mentions_document_id",
                table: "entity_mentions",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "IX_entity_mentions_type_value",
                table: "entity_mentions",
                columns: new[] { "type", "value" });

            migrationBuilder.CreateIndex(
                name: "IX_evidence_case_id",
                table: "evidence",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_evidence_sha256",
                table: "evidence",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "IX_indicator_hits_document_id",
                table: "indicator_hits",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "IX_indicator_hits_rule_id",
                table: "indicator_hits",
                column: "rule_id");

            migrationBuilder.CreateIndex(
                name: "IX_ingest_runs_started_at_utc",
                table: "ingest_runs",
                column: "started_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_network_members_document_id",
                table: "network_members",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "IX_networks_last_seen_utc",
                table: "networks",
                column: "last_seen_utc");

            migrationBuilder.CreateIndex(
                name: "IX_quarantine_run_id_id",
                table: "quarantine",
                columns: new[] { "run_id", "id" });

            // Hand-written: full-text search over documents(title, body). An external-content FTS5 table stores
            // only the index; the text stays in documents. Triggers keep it in step with every insert, update and
            // delete (including rows the ingest sinks write with raw SQL). remove_diacritics 2 lets "montreal"
            // find "Montréal". documents has a TEXT key, so FTS rows are tied to the implicit rowid; VACUUM may
            // renumber rowids, so run INSERT INTO documents_fts(documents_fts) VALUES('rebuild') after a VACUUM.
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content='documents', content_rowid='rowid', " +
                "tokenize='unicode61 remove_diacritics 2');");
            migrationBuilder.Sql(
                "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN " +
                "INSERT INTO documents_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN " +
                "INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body); END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER documents_fts_au AFTER UPDATE OF title, body ON documents BEGIN " +
                "INSERT INTO documents_fts(documents_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body); " +
                "INSERT INTO documents_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS documents_fts_au;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS documents_fts_ad;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS documents_fts_ai;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS documents_fts;");

            migrationBuilder.DropTable(
                name: "document_images");

            migrationBuilder.DropTable(
                name: "entity_mentions");

            migrationBuilder.DropTable(
                name: "evidence");

            migrationBuilder.DropTable(
                name: "indicator_hits");

            migrationBuilder.DropTable(
                name: "ingest_file_checkpoints");

            migrationBuilder.DropTable(
                name: "ingest_runs");

            migrationBuilder.DropTable(
                name: "network_members");

            migrationBuilder.DropTable(
                name: "quarantine");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "networks");
        }
    }
}

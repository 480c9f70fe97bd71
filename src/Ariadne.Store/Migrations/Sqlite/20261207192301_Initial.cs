using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    owner_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "hash_banks",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hash_banks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "identity_roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "image_hashes",
                columns: table => new
                {
                    blob_sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    pdq = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    quality = table.Column<int>(type: "INTEGER", nullable: false),
                    error = table.Column<string>(type: "TEXT", nullable: true),
                    hashed_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_image_hashes", x => x.blob_sha256);
                });

            migrationBuilder.CreateTable(
                name: "import_jobs",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ingest_run_id = table.Column<string>(type: "TEXT", nullable: true),
                    records_read = table.Column<long>(type: "INTEGER", nullable: false),
                    documents_added = table.Column<long>(type: "INTEGER", nullable: false),
                    duplicates = table.Column<long>(type: "INTEGER", nullable: false),
                    quarantined = table.Column<long>(type: "INTEGER", nullable: false),
                    images_stored = table.Column<long>(type: "INTEGER", nullable: false),
                    images_missing = table.Column<long>(type: "INTEGER", nullable: false),
                    analysed = table.Column<long>(type: "INTEGER", nullable: false),
                    quarantine_summary = table.Column<string>(type: "TEXT", nullable: true),
                    skipped_files = table.Column<string>(type: "TEXT", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true),
                    started_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at_utc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_jobs", x => x.id);
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
                name: "networks",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    label = table.Column<string>(type: "TEXT", nullable: true),
                    document_count = table.Column<int>(type: "INTEGER", nullable: false),
                    first_seen_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    last_seen_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    updated_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    summary_json = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "audit_checkpoints",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    key_id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    signature = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_checkpoints", x => new { x.case_id, x.sequence });
                    table.ForeignKey(
                        name: "FK_audit_checkpoints_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", nullable: true),
                    action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    subject = table.Column<string>(type: "TEXT", nullable: true),
                    details = table.Column<string>(type: "TEXT", nullable: true),
                    previous_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => new { x.case_id, x.sequence });
                    table.ForeignKey(
                        name: "FK_audit_log_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_items",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    item_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    added_by_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    added_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_items", x => new { x.case_id, x.item_type, x.key });
                    table.ForeignKey(
                        name: "FK_case_items_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_members",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    added_by_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    added_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_members", x => new { x.case_id, x.user_id });
                    table.ForeignKey(
                        name: "FK_case_members_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_notes",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    author_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_notes", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_notes_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_tasks",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    assignee_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    due_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    created_by_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    done_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    done_by_user_id = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_tasks", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_tasks_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", nullable: true),
                    media_type = table.Column<string>(type: "TEXT", nullable: true),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    subject_ref = table.Column<string>(type: "TEXT", nullable: true),
                    source_url = table.Column<string>(type: "TEXT", nullable: true),
                    captured_by_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    captured_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    tool_version = table.Column<string>(type: "TEXT", nullable: true),
                    withdrawn_at_utc = table.Column<long>(type: "INTEGER", nullable: true),
                    withdrawn_by_user_id = table.Column<string>(type: "TEXT", nullable: true),
                    withdrawn_reason = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "document_risk_scores",
                columns: table => new
                {
                    document_id = table.Column<string>(type: "TEXT", nullable: false),
                    probability = table.Column<double>(type: "REAL", nullable: false),
                    certainty = table.Column<double>(type: "REAL", nullable: false),
                    rule_weight = table.Column<double>(type: "REAL", nullable: false),
                    model_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    explanation = table.Column<string>(type: "TEXT", nullable: false),
                    scored_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
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
                    field = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false, defaultValue: "text"),
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
                name: "review_decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    document_id = table.Column<string>(type: "TEXT", nullable: false),
                    verdict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    reviewer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    decided_at_utc = table.Column<long>(type: "INTEGER", nullable: false),
                    probability_shown = table.Column<double>(type: "REAL", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "text_phrases",
                columns: table => new
                {
                    document_id = table.Column<string>(type: "TEXT", nullable: false),
                    phrases = table.Column<byte[]>(type: "BLOB", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "text_signatures",
                columns: table => new
                {
                    document_id = table.Column<string>(type: "TEXT", nullable: false),
                    signature = table.Column<byte[]>(type: "BLOB", nullable: false),
                    shingle_count = table.Column<int>(type: "INTEGER", nullable: false),
                    linked = table.Column<bool>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "bank_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    bank_id = table.Column<long>(type: "INTEGER", nullable: false),
                    signal_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    quality = table.Column<int>(type: "INTEGER", nullable: true),
                    source = table.Column<string>(type: "TEXT", nullable: true),
                    added_by = table.Column<string>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    added_at_utc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bank_entries", x => x.id);
                    table.ForeignKey(
                        name: "FK_bank_entries_hash_banks_bank_id",
                        column: x => x.bank_id,
                        principalTable: "hash_banks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_identity_role_claims_identity_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "identity_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_identity_user_claims_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_identity_user_logins_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_roles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_identity_user_roles_identity_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "identity_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_identity_user_roles_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_identity_user_tokens_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_bank_entries_bank_id_hash",
                table: "bank_entries",
                columns: new[] { "bank_id", "hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_items_item_type_key",
                table: "case_items",
                columns: new[] { "item_type", "key" });

            migrationBuilder.CreateIndex(
                name: "IX_case_members_user_id",
                table: "case_members",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_case_notes_case_id_created_at_utc",
                table: "case_notes",
                columns: new[] { "case_id", "created_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_case_tasks_case_id_created_at_utc",
                table: "case_tasks",
                columns: new[] { "case_id", "created_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_updated_at_utc",
                table: "cases",
                column: "updated_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_document_analysis_stage_version",
                table: "document_analysis",
                columns: new[] { "stage", "version" });

            migrationBuilder.CreateIndex(
                name: "IX_document_images_sha256",
                table: "document_images",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "IX_document_risk_scores_certainty",
                table: "document_risk_scores",
                column: "certainty");

            migrationBuilder.CreateIndex(
                name: "IX_document_risk_scores_probability",
                table: "document_risk_scores",
                column: "probability");

            migrationBuilder.CreateIndex(
                name: "IX_documents_content_sha256",
                table: "documents",
                column: "content_sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_country_posted_at_utc_id",
                table: "documents",
                columns: new[] { "country", "posted_at_utc", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_kind_posted_at_utc_id",
                table: "documents",
                columns: new[] { "kind", "posted_at_utc", "id" });

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
                name: "IX_entity_mentions_type_value_document_id",
                table: "entity_mentions",
                columns: new[] { "type", "value", "document_id" });

            migrationBuilder.CreateIndex(
                name: "IX_evidence_case_id_captured_at_utc",
                table: "evidence",
                columns: new[] { "case_id", "captured_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_evidence_sha256",
                table: "evidence",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "IX_hash_banks_name",
                table: "hash_banks",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_role_claims_RoleId",
                table: "identity_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "identity_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_user_claims_UserId",
                table: "identity_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_identity_user_logins_UserId",
                table: "identity_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_identity_user_roles_RoleId",
                table: "identity_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "identity_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "identity_users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_import_jobs_started_at_utc",
                table: "import_jobs",
                column: "started_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_import_jobs_status",
                table: "import_jobs",
                column: "status");

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

            migrationBuilder.CreateIndex(
                name: "IX_review_decisions_document_id_decided_at_utc",
                table: "review_decisions",
                columns: new[] { "document_id", "decided_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_text_signatures_unlinked",
                table: "text_signatures",
                column: "linked",
                filter: "linked = 0");

            // Hand-written (the EF model cannot describe them), after the tables they need. Carried over unchanged from
            // the squashed migrations InitialCreate (full-text search) and CityIndex (the city index).

            // Full-text search over documents(title, body). An external-content FTS5 table stores only the index; the
            // text stays in documents. Triggers keep it in step with every insert, update and delete (including rows
            // the ingest sinks write with raw SQL). remove_diacritics 2 lets "montreal" find "Montréal". documents has
            // a TEXT key, so FTS rows are tied to the implicit rowid; VACUUM may renumber rowids, so run
            // INSERT INTO documents_fts(documents_fts) VALUES('rebuild') after a VACUUM.
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

            // Search by city is a prefix of the location as written, in any case: an expression index. The searcher
            // reads it through a range on lower(location_raw) when the city is the narrowest filter (DocumentSearcher,
            // SearchDriver.City).
            migrationBuilder.Sql("CREATE INDEX ix_documents_location_lower ON documents (lower(location_raw));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_documents_location_lower;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS documents_fts_au;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS documents_fts_ad;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS documents_fts_ai;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS documents_fts;");

            migrationBuilder.DropTable(
                name: "audit_checkpoints");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "bank_entries");

            migrationBuilder.DropTable(
                name: "case_items");

            migrationBuilder.DropTable(
                name: "case_members");

            migrationBuilder.DropTable(
                name: "case_notes");

            migrationBuilder.DropTable(
                name: "case_tasks");

            migrationBuilder.DropTable(
                name: "document_analysis");

            migrationBuilder.DropTable(
                name: "document_images");

            migrationBuilder.DropTable(
                name: "document_risk_scores");

            migrationBuilder.DropTable(
                name: "entity_mentions");

            migrationBuilder.DropTable(
                name: "evidence");

            migrationBuilder.DropTable(
                name: "identity_role_claims");

            migrationBuilder.DropTable(
                name: "identity_user_claims");

            migrationBuilder.DropTable(
                name: "identity_user_logins");

            migrationBuilder.DropTable(
                name: "identity_user_roles");

            migrationBuilder.DropTable(
                name: "identity_user_tokens");

            migrationBuilder.DropTable(
                name: "image_hashes");

            migrationBuilder.DropTable(
                name: "import_jobs");

            migrationBuilder.DropTable(
                name: "indicator_hits");

            migrationBuilder.DropTable(
                name: "ingest_file_checkpoints");

            migrationBuilder.DropTable(
                name: "ingest_runs");

            migrationBuilder.DropTable(
                name: "link_hubs");

            migrationBuilder.DropTable(
                name: "network_edges");

            migrationBuilder.DropTable(
                name: "network_members");

            migrationBuilder.DropTable(
                name: "quarantine");

            migrationBuilder.DropTable(
                name: "review_decisions");

            migrationBuilder.DropTable(
                name: "text_phrases");

            migrationBuilder.DropTable(
                name: "text_signatures");

            migrationBuilder.DropTable(
                name: "hash_banks");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "identity_roles");

            migrationBuilder.DropTable(
                name: "identity_users");

            migrationBuilder.DropTable(
                name: "networks");

            migrationBuilder.DropTable(
                name: "documents");
        }
    }
}

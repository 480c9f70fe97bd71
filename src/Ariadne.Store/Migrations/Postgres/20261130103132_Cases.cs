using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_evidence_case_id",
                table: "evidence");

            migrationBuilder.AlterColumn<string>(
                name: "sha256",
                table: "evidence",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "evidence",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "file_name",
                table: "evidence",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "evidence",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "media_type",
                table: "evidence",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "size_bytes",
                table: "evidence",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "subject_ref",
                table: "evidence",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "withdrawn_at_utc",
                table: "evidence",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "withdrawn_by_user_id",
                table: "evidence",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "withdrawn_reason",
                table: "evidence",
                type: "text",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "title",
                table: "cases",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at_utc",
                table: "cases",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "audit_checkpoints",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "text", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    key_id = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    signature = table.Column<string>(type: "text", nullable: false)
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
                    case_id = table.Column<string>(type: "text", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: true),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject = table.Column<string>(type: "text", nullable: true),
                    details = table.Column<string>(type: "text", nullable: true),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
                    case_id = table.Column<string>(type: "text", nullable: false),
                    item_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    key = table.Column<string>(type: "text", nullable: false),
                    added_by_user_id = table.Column<string>(type: "text", nullable: true),
                    added_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    case_id = table.Column<string>(type: "text", nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    added_by_user_id = table.Column<string>(type: "text", nullable: true),
                    added_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<string>(type: "text", nullable: false),
                    case_id = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    author_user_id = table.Column<string>(type: "text", nullable: true),
                    created_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<string>(type: "text", nullable: false),
                    case_id = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assignee_user_id = table.Column<string>(type: "text", nullable: true),
                    due_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by_user_id = table.Column<string>(type: "text", nullable: true),
                    created_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    done_at_utc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    done_by_user_id = table.Column<string>(type: "text", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_evidence_case_id_captured_at_utc",
                table: "evidence",
                columns: new[] { "case_id", "captured_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_updated_at_utc",
                table: "cases",
                column: "updated_at_utc");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_checkpoints");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "case_items");

            migrationBuilder.DropTable(
                name: "case_members");

            migrationBuilder.DropTable(
                name: "case_notes");

            migrationBuilder.DropTable(
                name: "case_tasks");

            migrationBuilder.DropIndex(
                name: "IX_evidence_case_id_captured_at_utc",
                table: "evidence");

            migrationBuilder.DropIndex(
                name: "IX_cases_updated_at_utc",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "description",
                table: "evidence");

            migrationBuilder.DropColumn(
                name: "file_name",
                table: "evidence");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "evidence");

            migrationBuilder.DropColumn(
                name: "media_type",
                table: "evidence");

            migrationBuilder.DropColumn(
                name: "size_bytes",
                table: "evidence");

            migrationBuilder.DropColumn(
                name: "subject_ref",
                table: "evidence");

            migrationBuilder.DropColumn(
                name: "withdrawn_at_utc",
                table: "evidence");

            migrationBuilder.DropColumn(
                name: "withdrawn_by_user_id",
                table: "evidence");

            migrationBuilder.DropColumn(
                name: "withdrawn_reason",
                table: "evidence");

            migrationBuilder.DropColumn(
                name: "description",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "updated_at_utc",
                table: "cases");

            migrationBuilder.AlterColumn<string>(
                name: "sha256",
                table: "evidence",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "title",
                table: "cases",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300);

            migrationBuilder.CreateIndex(
                name: "IX_evidence_case_id",
                table: "evidence",
                column: "case_id");
        }
    }
}

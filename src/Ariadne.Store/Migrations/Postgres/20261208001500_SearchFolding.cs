using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ariadne.Store.Migrations.Postgres
{
    /// <summary>
    /// Text search and the city filter fold diacritics as well as case ("Montreal" finds "Montréal" and the reverse).
    /// ariadne_fold is lower(unaccent(…)) from the contrib extension unaccent (shipped with Debian's PostgreSQL),
    /// declared IMMUTABLE through a wrapper with the dictionary named, because a stored generated column and an
    /// index may only use immutable functions (unaccent(text) itself is STABLE: it reads the search path). The
    /// tsvector column is re-created over the folded text (the table is rewritten once), queries fold their
    /// terms with the same function (PostgresSearchDialect), and the city index moves to the folded location.
    /// Raw SQL only: the EF model, and so the model snapshot, does not change (the model still names the unfolded
    /// expression, which EF only uses to create a new database before this migration runs).
    /// </summary>
    public partial class SearchFolding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;");
            migrationBuilder.Sql(
                "CREATE OR REPLACE FUNCTION ariadne_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE " +
                "AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_documents_search_vector\";");
            migrationBuilder.Sql("ALTER TABLE documents DROP COLUMN search_vector;");
            migrationBuilder.Sql(
                "ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS " +
                "(to_tsvector('simple'::regconfig, ariadne_fold(coalesce(title, '') || ' ' || body))) STORED;");
            migrationBuilder.Sql("CREATE INDEX \"IX_documents_search_vector\" ON documents USING GIN (search_vector);");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_documents_location_lower;");
            migrationBuilder.Sql("CREATE INDEX ix_documents_location_fold ON documents (ariadne_fold(location_raw) text_pattern_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_documents_location_fold;");
            migrationBuilder.Sql("CREATE INDEX ix_documents_location_lower ON documents (lower(location_raw) text_pattern_ops);");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_documents_search_vector\";");
            migrationBuilder.Sql("ALTER TABLE documents DROP COLUMN search_vector;");
            migrationBuilder.Sql(
                "ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS " +
                "(to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || body)) STORED;");
            migrationBuilder.Sql("CREATE INDEX \"IX_documents_search_vector\" ON documents USING GIN (search_vector);");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS ariadne_fold(text);");
        }
    }
}

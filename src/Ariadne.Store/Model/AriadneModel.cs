using Ariadne.Core.Analysis;
using Ariadne.Core.Cases;
using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Ariadne.Core.Imaging;
using Ariadne.Core.Indicators;
using Ariadne.Core.Ingest;
using Ariadne.Core.Networks;
using Ariadne.Core.Review;
using Ariadne.Store.Watches;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

namespace Ariadne.Store.Model;

/// <summary>
/// The one model both engines share. Table and column names are snake_case and set here explicitly, because the
/// ingest sinks and the search queries use them in hand-written SQL (see <see cref="StoreSchema"/>).
/// </summary>
public static class AriadneModel
{
    public static void Configure(ModelBuilder modelBuilder, StoreKind kind)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ConfigureDocuments(modelBuilder, kind);
        ConfigureAnalysis(modelBuilder, kind);
        ConfigureCases(modelBuilder);
        ConfigureIngest(modelBuilder);
        ConfigureImaging(modelBuilder);
        ConfigureScoring(modelBuilder);
        ConfigureIdentity(modelBuilder);
        ConfigureWatches(modelBuilder);
        ModelConventions.ApplySnakeCaseColumns(modelBuilder, typeof(Document).Assembly);
        ModelConventions.ApplySnakeCaseColumns(modelBuilder, typeof(Watch).Assembly);
        ModelConventions.ApplyDateTimeOffsetStorage(modelBuilder, kind);
    }

    private static void ConfigureDocuments(ModelBuilder modelBuilder, StoreKind kind)
    {
        modelBuilder.Entity<Document>(b =>
        {
            b.ToTable(StoreSchema.Documents);
            b.HasKey(d => d.Id);
            b.Property(d => d.Kind).HasConversion(ModelConventions.DocumentKindConverter).HasMaxLength(16);
            b.HasIndex(d => d.ContentSha256).IsUnique();
            b.HasIndex(d => d.Source);
            var paging = b.HasIndex(d => new { d.PostedAtUtc, d.Id }).HasDatabaseName("IX_documents_posted_at_utc_id");

            // A country or kind filter reads its documents already in page order (newest first) and stops at the
            // page's end; with a single-column index the engine sorted every US ad (400,000 at 1M) for each page.
            // The leading column still serves plain equality lookups, so these replace the single-column indexes.
            var countryPaging = b.HasIndex(d => new { d.Country, d.PostedAtUtc, d.Id }).HasDatabaseName("IX_documents_country_posted_at_utc_id");
            var kindPaging = b.HasIndex(d => new { d.Kind, d.PostedAtUtc, d.Id }).HasDatabaseName("IX_documents_kind_posted_at_utc_id");
            if (kind == StoreKind.Postgres)
            {
                // Matches ORDER BY posted_at_utc DESC NULLS LAST, id DESC exactly, so a page is an index range scan.
                paging.IsDescending(true, true).HasNullSortOrder(NullSortOrder.NullsLast, NullSortOrder.NullsLast);
                countryPaging.IsDescending(false, true, true).HasNullSortOrder(NullSortOrder.Unspecified, NullSortOrder.NullsLast, NullSortOrder.NullsLast);
                kindPaging.IsDescending(false, true, true).HasNullSortOrder(NullSortOrder.Unspecified, NullSortOrder.NullsLast, NullSortOrder.NullsLast);
                b.Property<NpgsqlTsVector>(StoreSchema.SearchVectorProperty)
                    .HasColumnName(StoreSchema.SearchVectorColumn)
                    .HasComputedColumnSql("to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || body)", stored: true);
                b.HasIndex(StoreSchema.SearchVectorProperty).HasMethod("GIN");
            }

            b.HasMany(d => d.Images).WithOne().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DocumentImage>(b =>
        {
            b.ToTable(StoreSchema.DocumentImages);
            b.HasKey(i => new { i.DocumentId, i.Ordinal });
            b.HasIndex(i => i.Sha256);
        });
    }

    private static void ConfigureAnalysis(ModelBuilder modelBuilder, StoreKind kind)
    {
        modelBuilder.Entity<EntityMention>(b =>
        {
            b.ToTable("entity_mentions");
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).HasConversion(ModelConventions.EntityTypeConverter).HasMaxLength(16);
            b.Property(m => m.Start).HasColumnName("start_offset");
            b.Property(m => m.End).HasColumnName("end_offset");
            // With document_id in the index, "which documents mention X" and "does document D mention X" are read
            // from the index alone (search filters, entity pages, "appears in N other ads"); it replaces (type, value).
            b.HasIndex(m => new { m.Type, m.Value, m.DocumentId }).HasDatabaseName("IX_entity_mentions_type_value_document_id");
            b.HasIndex(m => m.DocumentId);
            b.HasOne<Document>().WithMany().HasForeignKey(m => m.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DocumentAnalysis>(b =>
        {
            b.ToTable("document_analysis");
            b.HasKey(a => new { a.DocumentId, a.Stage });
            b.Property(a => a.Stage).HasMaxLength(32);
            b.HasIndex(a => new { a.Stage, a.Version });
            b.HasOne<Document>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<IndicatorHit>(b =>
        {
            b.ToTable("indicator_hits");
            b.HasKey(h => h.Id);
            b.Property(h => h.Field).HasMaxLength(8).HasDefaultValue(IndicatorHitField.Text);
            b.Property(h => h.Start).HasColumnName("start_offset");
            b.Property(h => h.End).HasColumnName("end_offset");
            b.HasIndex(h => h.DocumentId);
            b.HasIndex(h => h.RuleId);
            b.HasOne<Document>().WithMany().HasForeignKey(h => h.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Network>(b =>
        {
            b.ToTable("networks");
            b.HasKey(n => n.Id);
            b.HasIndex(n => n.LastSeenUtc);
        });

        modelBuilder.Entity<NetworkMember>(b =>
        {
            b.ToTable("network_members");
            b.HasKey(m => new { m.NetworkId, m.DocumentId });
            b.HasIndex(m => m.DocumentId);
            b.HasOne<Network>().WithMany().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Document>().WithMany().HasForeignKey(m => m.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<NetworkEdge>(b =>
        {
            b.ToTable("network_edges");
            b.HasKey(e => e.Id);
            b.Property(e => e.Kind).HasMaxLength(16);
            b.HasIndex(e => e.NetworkId);
            b.HasIndex(e => e.DocumentA);
            b.HasIndex(e => e.DocumentB);
            b.HasOne<Network>().WithMany().HasForeignKey(e => e.NetworkId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<LinkHub>(b =>
        {
            b.ToTable("link_hubs");
            b.HasKey(h => h.Id);
            b.Property(h => h.Kind).HasMaxLength(16);
            b.HasIndex(h => new { h.Kind, h.Value });
        });

        modelBuilder.Entity<TextSignature>(b =>
        {
            b.ToTable(StoreSchema.TextSignatures);
            b.HasKey(s => s.DocumentId);
            // Only the few documents still to link are indexed: the index stays tiny while the table holds millions.
            b.HasIndex(s => s.Linked).HasDatabaseName("IX_text_signatures_unlinked").HasFilter(kind == StoreKind.Postgres ? "NOT linked" : "linked = 0");
            b.HasOne<Document>().WithMany().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DocumentPlace>(b =>
        {
            b.ToTable("document_places");
            b.HasKey(p => p.DocumentId);
            // Maps and movement group by city; the index serves "documents posted in X" without reading every row.
            b.HasIndex(p => p.City);
            b.HasOne<Document>().WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TextPhrases>(b =>
        {
            b.ToTable(StoreSchema.TextPhrases);
            b.HasKey(p => p.DocumentId);
            b.HasOne<Document>().WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureCases(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Case>(b =>
        {
            b.ToTable("cases");
            b.HasKey(c => c.Id);
            b.Property(c => c.Status).HasMaxLength(32);
            b.Property(c => c.Title).HasMaxLength(300);
            b.HasIndex(c => c.UpdatedAtUtc);
        });

        modelBuilder.Entity<CaseMember>(b =>
        {
            b.ToTable("case_members");
            b.HasKey(m => new { m.CaseId, m.UserId });

            // "Which cases may this account see" is the first question of every case page.
            b.HasIndex(m => m.UserId);
            b.HasOne<Case>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CaseItem>(b =>
        {
            b.ToTable("case_items");
            b.HasKey(i => new { i.CaseId, i.ItemType, i.Key });
            b.Property(i => i.ItemType).HasMaxLength(16);

            // "Which cases hold this document or network" (shown on its page).
            b.HasIndex(i => new { i.ItemType, i.Key });
            b.HasOne<Case>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CaseNote>(b =>
        {
            b.ToTable("case_notes");
            b.HasKey(n => n.Id);
            b.HasIndex(n => new { n.CaseId, n.CreatedAtUtc });
            b.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CaseTask>(b =>
        {
            b.ToTable("case_tasks");
            b.HasKey(t => t.Id);
            b.Property(t => t.Title).HasMaxLength(500);
            b.HasIndex(t => new { t.CaseId, t.CreatedAtUtc });
            b.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Evidence>(b =>
        {
            b.ToTable("evidence");
            b.HasKey(e => e.Id);
            b.HasIndex(e => new { e.CaseId, e.CapturedAtUtc });
            b.HasIndex(e => e.Sha256);
            b.Property(e => e.Sha256).HasMaxLength(64);
            b.Property(e => e.Kind).HasMaxLength(16);

            // Evidence is write-once: deleting a case that holds evidence must be a deliberate, separate act.
            b.HasOne<Case>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<AuditRecord>(b =>
        {
            b.ToTable("audit_log");

            // The key is the chain position: two writers racing for the same next record collide here, not later.
            b.HasKey(a => new { a.CaseId, a.Sequence });
            b.Property(a => a.Action).HasMaxLength(32);
            b.Property(a => a.Hash).HasMaxLength(64);
            b.Property(a => a.PreviousHash).HasMaxLength(64);
            b.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<AuditCheckpoint>(b =>
        {
            b.ToTable("audit_checkpoints");
            b.HasKey(c => new { c.CaseId, c.Sequence });
            b.Property(c => c.Hash).HasMaxLength(64);
            b.Property(c => c.KeyId).HasMaxLength(16);
            b.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    private static void ConfigureIngest(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<QuarantineRecord>(b =>
        {
            b.ToTable(StoreSchema.Quarantine);
            b.HasKey(q => q.Id);
            b.HasIndex(q => new { q.RunId, q.Id });
        });

        modelBuilder.Entity<IngestRun>(b =>
        {
            b.ToTable(StoreSchema.IngestRuns);
            b.HasKey(r => r.Id);
            b.Property(r => r.Status).HasMaxLength(16);
            b.HasIndex(r => r.StartedAtUtc);
        });

        modelBuilder.Entity<IngestFileCheckpoint>(b =>
        {
            b.ToTable(StoreSchema.IngestFileCheckpoints);
            b.HasKey(c => c.FileKey);
        });

        modelBuilder.Entity<ImportJobRecord>(b =>
        {
            b.ToTable("import_jobs");
            b.HasKey(j => j.Id);
            b.Property(j => j.Id).HasMaxLength(32);
            b.Property(j => j.Status).HasMaxLength(16);
            b.Property(j => j.FileName).HasMaxLength(260);
            b.Property(j => j.UploadedBy).HasMaxLength(256);

            // The import page lists the latest jobs; a restart looks up the ones still running.
            b.HasIndex(j => j.StartedAtUtc);
            b.HasIndex(j => j.Status);
        });
    }

    private static void ConfigureImaging(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HashBank>(b =>
        {
            b.ToTable("hash_banks");
            b.HasKey(x => x.Id);
            b.Property(x => x.Name).HasMaxLength(200);
            b.HasIndex(x => x.Name).IsUnique();
        });

        modelBuilder.Entity<BankEntry>(b =>
        {
            b.ToTable("bank_entries");
            b.HasKey(x => x.Id);
            b.Property(x => x.SignalType).HasMaxLength(32);
            b.Property(x => x.Hash).HasMaxLength(64).IsFixedLength();

            // One row per hash and bank: importing the same list twice adds nothing.
            b.HasIndex(x => new { x.BankId, x.Hash }).IsUnique();
            b.HasOne<HashBank>().WithMany().HasForeignKey(x => x.BankId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ImageHash>(b =>
        {
            b.ToTable("image_hashes");
            b.HasKey(x => x.BlobSha256);
            b.Property(x => x.BlobSha256).HasMaxLength(64).IsFixedLength();
            b.Property(x => x.Pdq).HasMaxLength(64).IsFixedLength();
        });
    }

    private static void ConfigureScoring(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DocumentRiskScore>(b =>
        {
            b.ToTable("document_risk_scores");
            b.HasKey(x => x.DocumentId);
            b.Property(x => x.ModelId).HasMaxLength(64);

            // The review queue reads the riskiest and the least certain documents: one index for each order.
            b.HasIndex(x => x.Probability);
            b.HasIndex(x => x.Certainty);
            b.HasOne<Document>().WithOne().HasForeignKey<DocumentRiskScore>(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ReviewDecision>(b =>
        {
            b.ToTable("review_decisions");
            b.HasKey(x => x.Id);
            b.Property(x => x.Verdict).HasConversion(v => v.ToString().ToLowerInvariant(), v => Enum.Parse<ReviewVerdict>(v, true)).HasMaxLength(16);
            b.Property(x => x.Reviewer).HasMaxLength(200);
            b.HasIndex(x => new { x.DocumentId, x.DecidedAtUtc });
            b.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void ConfigureWatches(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Watch>(b =>
        {
            b.ToTable("watches");
            b.HasKey(w => w.Id);
            b.Property(w => w.Kind).HasConversion(v => v.ToWireName(), v => Enum.Parse<WatchKind>(v, true)).HasMaxLength(16);
            b.Property(w => w.Name).HasMaxLength(WatchRepository.MaxNameLength);

            // Every page and the dashboard list one account's watches.
            b.HasIndex(w => w.OwnerUserId);
            b.HasOne<IdentityUser>().WithMany().HasForeignKey(w => w.OwnerUserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<WatchMatch>(b =>
        {
            b.ToTable("watch_matches");

            // The key makes re-evaluating a document a no-op; (watch, found) serves "new since the last visit" and paging.
            b.HasKey(m => new { m.WatchId, m.DocumentId });
            b.HasIndex(m => new { m.WatchId, m.FoundAtUtc, m.DocumentId });
            b.HasIndex(m => m.DocumentId);
            b.HasOne<Watch>().WithMany().HasForeignKey(m => m.WatchId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Document>().WithMany().HasForeignKey(m => m.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    // Identity keeps its own column names (its stores query them through EF only); the tables get the store's
    // snake_case names so a DBA sees one naming scheme in the table list.
    private static void ConfigureIdentity(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdentityUser>().ToTable("identity_users");
        modelBuilder.Entity<IdentityRole>().ToTable("identity_roles");
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("identity_user_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("identity_user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("identity_user_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("identity_user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("identity_role_claims");
    }
}

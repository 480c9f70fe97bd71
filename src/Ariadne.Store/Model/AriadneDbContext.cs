using Ariadne.Core.Analysis;
using Ariadne.Core.Cases;
using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Ariadne.Core.Imaging;
using Ariadne.Core.Indicators;
using Ariadne.Core.Ingest;
using Ariadne.Core.Networks;
using Ariadne.Core.Review;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Model;

/// <summary>
/// The store's EF Core context. One model serves both engines; each engine has a subclass so that it can keep its
/// own migrations. It is also the ASP.NET Core Identity store (users, roles, claims), so accounts live beside the
/// data they guard and migrate with it; one store means one backup and one connection string.
/// </summary>
public abstract class AriadneDbContext : IdentityDbContext<IdentityUser, IdentityRole, string>
{
    protected AriadneDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The engine this context talks to; decides the few engine-specific parts of the model.</summary>
    public abstract StoreKind Kind { get; }

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentImage> DocumentImages => Set<DocumentImage>();

    public DbSet<EntityMention> EntityMentions => Set<EntityMention>();

    public DbSet<DocumentAnalysis> DocumentAnalyses => Set<DocumentAnalysis>();

    public DbSet<DocumentPlace> DocumentPlaces => Set<DocumentPlace>();

    public DbSet<IndicatorHit> IndicatorHits => Set<IndicatorHit>();

    public DbSet<Network> Networks => Set<Network>();

    public DbSet<NetworkMember> NetworkMembers => Set<NetworkMember>();

    public DbSet<NetworkEdge> NetworkEdges => Set<NetworkEdge>();

    public DbSet<LinkHub> LinkHubs => Set<LinkHub>();

    public DbSet<TextSignature> TextSignatures => Set<TextSignature>();

    public DbSet<TextPhrases> TextPhrases => Set<TextPhrases>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<Evidence> Evidence => Set<Evidence>();

    public DbSet<CaseMember> CaseMembers => Set<CaseMember>();

    public DbSet<CaseItem> CaseItems => Set<CaseItem>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<CaseTask> CaseTasks => Set<CaseTask>();

    public DbSet<AuditRecord> AuditLog => Set<AuditRecord>();

    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    public DbSet<QuarantineRecord> Quarantine => Set<QuarantineRecord>();

    public DbSet<IngestRun> IngestRuns => Set<IngestRun>();

    public DbSet<IngestFileCheckpoint> IngestFileCheckpoints => Set<IngestFileCheckpoint>();

    public DbSet<ImportJobRecord> ImportJobs => Set<ImportJobRecord>();

    public DbSet<HashBank> HashBanks => Set<HashBank>();

    public DbSet<BankEntry> BankEntries => Set<BankEntry>();

    public DbSet<ImageHash> ImageHashes => Set<ImageHash>();

    public DbSet<DocumentRiskScore> RiskScores => Set<DocumentRiskScore>();

    public DbSet<ReviewDecision> ReviewDecisions => Set<ReviewDecision>();

    public DbSet<Watches.Watch> Watches => Set<Watches.Watch>();

    public DbSet<Watches.WatchMatch> WatchMatches => Set<Watches.WatchMatch>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        AriadneModel.Configure(builder, Kind);
    }
}

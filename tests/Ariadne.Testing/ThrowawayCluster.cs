using Npgsql;

namespace Ariadne.Testing;

/// <summary>
/// initdb + pg_ctl in a temp folder. PostgreSQL refuses to run as root, so as root the folder belongs to the
/// <c>postgres</c> OS user (created by the Debian package) and the tools run through <c>runuser</c>.
/// </summary>
internal sealed class ThrowawayCluster
{
    private const string FolderPrefix = "ariadne-pg-";
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);

    // A cluster folder younger than this may belong to a test process that is still starting its server.
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(10);

    private readonly string _binDirectory;
    private readonly bool _asPostgresUser;
    private int _stopped;

    private ThrowawayCluster(string binDirectory, bool asPostgresUser, string baseDirectory, int port)
    {
        _binDirectory = binDirectory;
        _asPostgresUser = asPostgresUser;
        BaseDirectory = baseDirectory;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
        }.ConnectionString;
    }

    public string BaseDirectory { get; }

    public string ConnectionString { get; }

    private string DataDirectory => Path.Combine(BaseDirectory, "data");

    private string LogFile => Path.Combine(BaseDirectory, "postgres.log");

    public static ThrowawayCluster Start()
    {
        var isRoot = Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root";
        var bin = FindBinDirectory() ?? InstallAndFind(isRoot);
        SweepAbandoned();
        var baseDirectory = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(baseDirectory);
        if (isRoot)
        {
            Require("chown", ["postgres:postgres", baseDirectory], "giving the cluster folder to the postgres user");
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(baseDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var cluster = new ThrowawayCluster(bin, isRoot, baseDirectory, PostgresServer.FindFreePort());
        try
        {
            cluster.Tool("initdb", ["-D", cluster.DataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
            var port = new NpgsqlConnectionStringBuilder(cluster.ConnectionString).Port;

            // Loopback only, socket in our folder, durability off: a test cluster trades safety for speed.
            // Minimal WAL, recycled early: left at the defaults it grew to 400 MB per test process.
            var options = $"-h 127.0.0.1 -p {port} -k {baseDirectory} -c fsync=off -c synchronous_commit=off " +
                "-c full_page_writes=off -c max_connections=200 " +
                "-c wal_level=minimal -c max_wal_senders=0 -c max_wal_size=64MB -c min_wal_size=32MB";
            cluster.Tool("pg_ctl", ["start", "-w", "-t", "60", "-D", cluster.DataDirectory, "-l", cluster.LogFile, "-o", options]);
            cluster.StartReaper();
            return cluster;
        }
        catch
        {
            cluster.Stop();
            throw;
        }
    }

    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        if (Directory.Exists(DataDirectory))
        {
            // Best effort: a failure here must not hide the test results.
            string[] stop = [Path.Combine(_binDirectory, "pg_ctl"), "stop", "-m", "immediate", "-w", "-D", DataDirectory];
            _ = _asPostgresUser ? Run("runuser", ["-u", "postgres", "--", .. stop]) : Run(stop[0], stop[1..]);
        }

        try
        {
            Directory.Delete(BaseDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: the temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// The test host is often killed before its exit handler has deleted the cluster (measured: the server was
    /// stopped, the folder stayed), so a detached shell in its own session waits for this process to end, however
    /// it ends, then stops the server and deletes the folder. Best effort: without <c>setsid</c> the sweep at the
    /// next start still removes the folder.
    /// </summary>
    private void StartReaper()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const string script = "exec </dev/null >/dev/null 2>&1; " +
            "while kill -0 \"$1\"; do sleep 1; done; " +
            "if [ \"$4\" = 1 ]; then runuser -u postgres -- \"$3\" stop -m immediate -w -D \"$2/data\"; " +
            "else \"$3\" stop -m immediate -w -D \"$2/data\"; fi; " +
            "rm -rf \"$2\"";
        var info = new System.Diagnostics.ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["sh", "-c", script, "ariadne-pg-reaper", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     BaseDirectory, Path.Combine(_binDirectory, "pg_ctl"), _asPostgresUser ? "1" : "0"])
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var reaper = System.Diagnostics.Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception)
        {
        }
    }

    /// <summary>
    /// Deletes the folders of clusters whose test process died without its exit handler running (a killed test
    /// host, a cancelled run): each holds up to a few hundred megabytes, and nothing else would ever remove them.
    /// A folder is abandoned when it is old and no live postmaster is recorded in it.
    /// </summary>
    private static void SweepAbandoned()
    {
        IEnumerable<string> folders;
        try
        {
            folders = Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*").ToList();
        }
        catch (IOException)
        {
            return;
        }

        foreach (var folder in folders)
        {
            try
            {
                if (DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) < AbandonedAfter || HasLivePostmaster(folder))
                {
                    continue;
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Someone else's, or going away already: leave it.
            }
        }
    }

    private static bool HasLivePostmaster(string folder)
    {
        var pidFile = Path.Combine(folder, "data", "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return false;
        }

        var firstLine = File.ReadLines(pidFile).FirstOrDefault();
        if (!int.TryParse(firstLine, System.Globalization.CultureInfo.InvariantCulture, out var pid))
        {
            return true; // Being written: assume alive.
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string? FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            var best = Directory.GetDirectories(root)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(x => File.Exists(Path.Combine(x.Dir, "initdb")) && File.Exists(Path.Combine(x.Dir, "pg_ctl")))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Dir)
                .FirstOrDefault();
            if (best is not null)
            {
                return best;
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            {
                return dir;
            }
        }

        return null;
    }

    private static string InstallAndFind(bool isRoot)
    {
        const string hint = "Install PostgreSQL (apt-get install -y postgresql) or set ARIADNE_TEST_POSTGRES to a connection string.";
        if (!isRoot || !File.Exists("/usr/bin/apt-get"))
        {
            throw new InvalidOperationException($"PostgreSQL (initdb, pg_ctl) is not installed under /usr/lib/postgresql/*/bin or on PATH. {hint}");
        }

        var (code, output) = Run("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"]);
        if (code != 0)
        {
            Run("apt-get", ["update"]);
            (code, output) = Run("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"]);
        }

        return FindBinDirectory() ?? throw new InvalidOperationException(
            $"apt-get install postgresql did not provide initdb/pg_ctl (exit {code}): {Tail(output)} {hint}");
    }

    private void Tool(string name, string[] arguments)
    {
        var path = Path.Combine(_binDirectory, name);
        var (code, output) = _asPostgresUser
            ? Run("runuser", ["-u", "postgres", "--", path, .. arguments])
            : Run(path, arguments);
        if (code != 0)
        {
            var log = File.Exists(LogFile) ? Tail(SafeRead(LogFile)) : "";
            throw new InvalidOperationException(
                $"Starting the test PostgreSQL failed: {name} exited with {code}: {Tail(output)} {log}".TrimEnd());
        }
    }

    private static void Require(string fileName, string[] arguments, string what)
    {
        var (code, output) = Run(fileName, arguments);
        if (code != 0)
        {
            throw new InvalidOperationException($"Starting the test PostgreSQL failed while {what}: {Tail(output)}");
        }
    }

    private static (int ExitCode, string Output) Run(string fileName, string[] arguments)
    {
        try
        {
            return ProcessRunner.Run(fileName, arguments, ToolTimeout);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, $"cannot run {fileName}: {ex.Message}");
        }
    }

    private static string SafeRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static string Tail(string text) => text.Length <= 2000 ? text.Trim() : "…" + text[^2000..].Trim();
}

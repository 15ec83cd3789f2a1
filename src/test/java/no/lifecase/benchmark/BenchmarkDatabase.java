package no.lifecase.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The PostgreSQL server the benchmark runs on: an embedded one (with durable commits, as in production) or the
 * server at {@code benchmark.db.url}. Every configuration gets a fresh database of its own on the same server.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private static final boolean DURABLE = Boolean.parseBoolean(System.getProperty("benchmark.db.durable", "true"));

    private final EmbeddedPostgres embedded;
    private final String serverUrl;   // jdbc:postgresql://host:port/
    private final String user;
    private final String password;

    private BenchmarkDatabase(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    /** {@code benchmark.db.url} names a server (e.g. jdbc:postgresql://localhost:5432/), else an embedded one starts. */
    static BenchmarkDatabase start() {
        String url = System.getProperty("benchmark.db.url", "");
        if (!url.isBlank()) {
            String base = url.substring(0, url.indexOf('/', "jdbc:postgresql://".length()) + 1);
            return new BenchmarkDatabase(null, base, System.getProperty("benchmark.db.username", "postgres"),
                    System.getProperty("benchmark.db.password", "postgres"));
        }
        try {
            var postgres = EmbeddedPostgres.builder()
                    // The embedded server's defaults turn durable commits off; production keeps them on, and so does the
                    // benchmark unless -Dbenchmark.db.durable=false.
                    .setServerConfig("synchronous_commit", DURABLE ? "on" : "off")
                    .setServerConfig("fsync", DURABLE ? "on" : "off")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "128MB")
                    .start();
            String jdbc = postgres.getJdbcUrl("postgres", "postgres");
            return new BenchmarkDatabase(postgres, jdbc.substring(0, jdbc.indexOf("/postgres") + 1), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    String describe() {
        try (var c = connect("postgres"); var s = c.createStatement()) {
            var rs = s.executeQuery("select version(), current_setting('synchronous_commit'), current_setting('fsync'), "
                    + "current_setting('shared_buffers'), current_setting('max_connections')");
            rs.next();
            return rs.getString(1).replaceAll(",.*", "") + (embedded != null ? " (embedded)" : " (" + serverUrl + ")")
                    + ", synchronous_commit=" + rs.getString(2) + ", fsync=" + rs.getString(3)
                    + ", shared_buffers=" + rs.getString(4) + ", max_connections=" + rs.getString(5);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PostgreSQL server's main process (from postmaster.pid in its data directory), or -1 when not readable here. */
    long postmasterPid() {
        try (var c = connect("postgres"); var s = c.createStatement()) {
            var rs = s.executeQuery("select current_setting('data_directory')");
            rs.next();
            var pidFile = java.nio.file.Path.of(rs.getString(1), "postmaster.pid");
            return Long.parseLong(java.nio.file.Files.readAllLines(pidFile).get(0).strip());
        } catch (SQLException | IOException | RuntimeException e) {
            return -1;
        }
    }

    String url(String database) {
        return serverUrl + database;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    void createFresh(String database) {
        try (var c = connect("postgres"); var s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    /** Transactions committed in the database so far (read from another database, so reading costs it none). */
    long commits(String database) {
        return stat(database, "xact_commit");
    }

    long rollbacks(String database) {
        return stat(database, "xact_rollback");
    }

    private long stat(String database, String column) {
        try (var c = connect("postgres"); var s = c.createStatement()) {
            s.execute("select pg_stat_clear_snapshot()");
            var rs = s.executeQuery("select " + column + " from pg_stat_database where datname = '" + database + "'");
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long size(String database) {
        try (var c = connect("postgres"); var s = c.createStatement()) {
            var rs = s.executeQuery("select pg_database_size('" + database + "')");
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database's size once its tables are rewritten without dead rows: what the data it keeps takes. */
    long compactedSize(String database) {
        try (var c = connect(database); var s = c.createStatement()) {
            s.execute("vacuum full");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return size(database);
    }

    /** The engine's runtime tables (running processes, jobs, tasks, variables), which a closed case no longer has rows in. */
    long runtimeTablesSize(String database) {
        try (var c = connect(database); var s = c.createStatement()) {
            var rs = s.executeQuery("select coalesce(sum(pg_total_relation_size(relid)), 0) from pg_stat_user_tables"
                    + " where relname like 'act\\_ru\\_%'");
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The server's limit for small write transactions on this machine: {@code connections} clients each insert one
     * row and commit, as fast as they can, for the given time. Commits per second.
     */
    double commitRate(int connections, Duration duration) {
        String database = "commit_rate_reference";
        createFresh(database);
        try (var c = connect(database); var s = c.createStatement()) {
            s.execute("create table reference_commit (id bigserial primary key, client int not null, at timestamptz not null default now(), payload text)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        var stop = new AtomicBoolean();
        var commits = new LongAdder();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < connections; i++) {
            int client = i;
            var thread = new Thread(() -> {
                try (var c = connect(database); var insert = c.prepareStatement("insert into reference_commit (client, payload) values (?, ?)")) {
                    c.setAutoCommit(true);
                    while (!stop.get()) {
                        insert.setInt(1, client);
                        insert.setString(2, "a life event");
                        insert.executeUpdate();
                        commits.increment();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, "commit-rate-" + i);
            threads.add(thread);
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        sleep(duration);
        stop.set(true);
        for (var thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return commits.sum() / seconds;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // ending anyway
            }
        }
    }
}

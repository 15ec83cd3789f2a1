package no.lifecase.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Prometheus server of its own for a test: the {@code prometheus} and {@code promtool} binaries on the PATH (Debian
 * package {@code prometheus}), on a free port of this machine, with its data in a directory the test gives it. Closing
 * it stops the server, forcibly if it does not stop by itself.
 */
final class LocalPrometheus implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final Process process;
    private final URI address;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private LocalPrometheus(Process process, URI address, Path log) {
        this.process = process;
        this.address = address;
        this.log = log;
    }

    /** Whether both binaries are on the PATH. */
    static boolean isInstalled() {
        return onPath("prometheus").isPresent() && onPath("promtool").isPresent();
    }

    /** What {@code promtool check config} says of the file; fails the test when it finds the file wrong. */
    static String checkConfig(Path config) {
        try {
            var check = new ProcessBuilder(onPath("promtool").orElseThrow().toString(), "check", "config", config.toString())
                    .redirectErrorStream(true).start();
            var finished = check.waitFor(60, TimeUnit.SECONDS);
            var output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!finished) {
                check.destroyForcibly();
                throw new AssertionError("promtool check config " + config + " did not finish: " + output);
            }
            if (check.exitValue() != 0) {
                throw new AssertionError("promtool check config " + config + " found it wrong:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts Prometheus with the configuration and waits until it is ready to answer queries. */
    static LocalPrometheus start(Path config, Path workDirectory) throws IOException, InterruptedException {
        var port = freePort();
        var log = workDirectory.resolve("prometheus.log");
        var process = new ProcessBuilder(onPath("prometheus").orElseThrow().toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + Files.createDirectories(workDirectory.resolve("data")),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var prometheus = new LocalPrometheus(process, URI.create("http://127.0.0.1:" + port), log);
        try {
            prometheus.awaitReady();
            return prometheus;
        } catch (RuntimeException | Error | InterruptedException e) {
            prometheus.close();
            throw e;
        }
    }

    /** An instant query through the HTTP API, evaluated now: the whole answer, {@code status} and {@code data} or {@code error}. */
    JsonNode query(String promql) {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    }

    /** The scrape targets and the state of each, as Prometheus's page "Targets" shows them. */
    JsonNode targets() {
        return get("/api/v1/targets");
    }

    /** Prometheus's own log, to tell why it did not start or scrape. */
    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() throws InterruptedException {
        var deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Prometheus stopped with exit code " + process.exitValue() + ":\n" + log());
            }
            try {
                var ready = http.send(HttpRequest.newBuilder(address.resolve("/-/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // it opens its port a moment after it starts
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Prometheus was not ready within " + START_TIMEOUT + ":\n" + log());
    }

    private JsonNode get(String pathAndQuery) {
        try {
            var answer = http.send(HttpRequest.newBuilder(URI.create(address + pathAndQuery)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Prometheus did not answer " + pathAndQuery + "; its log:\n" + log(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> onPath(String binary) {
        var path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator)).filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, binary)).filter(Files::isExecutable).findFirst();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

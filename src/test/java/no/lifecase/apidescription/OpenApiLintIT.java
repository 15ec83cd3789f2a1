package no.lifecase.apidescription;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.lifecase.testsupport.LifecaseIT;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each group of the OpenAPI description passes Redocly's recommended rules and Spectral's OpenAPI rules without an error
 * (docs/adr/0045). The documents are written to target/openapi/{group}.json. The linters and their rule sets are
 * pinned in src/test/openapi; {@code npm ci} (without install scripts) installs them under target/openapi-linters when the
 * lock file changes. Without Node.js on the PATH the test skips itself and says so, so that a JDK alone still builds.
 */
@LifecaseIT
class OpenApiLintIT {

    private static final Path PINNED = Path.of("src", "test", "openapi").toAbsolutePath();
    private static final Path LINTERS = Path.of("target", "openapi-linters").toAbsolutePath();
    private static final Path DOCUMENTS = Path.of("target", "openapi").toAbsolutePath();

    /** Written after a successful {@code npm ci}: the hash of the lock file it installed. */
    private static final String INSTALLED = ".lifecase-installed";

    @LocalServerPort
    private int port;

    @Test
    void every_group_passes_redocly_and_spectral_without_an_error() throws Exception {
        Assumptions.assumeTrue(nodeIsInstalled(), "Node.js is not on the PATH: the OpenAPI linters (Redocly, Spectral) do not "
                + "run. Install Node.js 20 or later to run them.");
        var documents = writeDocuments();
        installLinters();

        var redocly = run(List.of("npx", "--no-install", "redocly", "lint", "--config", PINNED.resolve("redocly.yaml").toString(),
                "--format", "stylish"), documents);
        var spectral = run(List.of("npx", "--no-install", "spectral", "lint", "--ruleset", PINNED.resolve(".spectral.yaml").toString(),
                "--fail-severity", "error"), documents);

        System.out.println("Redocly:\n" + redocly.output() + "\nSpectral:\n" + spectral.output());
        assertThat(redocly.exitCode()).as("Redocly found errors:\n" + redocly.output()).isZero();
        assertThat(spectral.exitCode()).as("Spectral found errors:\n" + spectral.output()).isZero();
    }

    private List<Path> writeDocuments() throws IOException {
        Files.createDirectories(DOCUMENTS);
        var written = new ArrayList<Path>();
        for (var audience : ApiAudience.values()) {
            var file = DOCUMENTS.resolve(audience.group() + ".json");
            Files.writeString(file, get("/v3/api-docs/" + audience.group()));
            written.add(file);
        }
        return written;
    }

    /**
     * {@code npm ci} once per version of the lock file, outside src (no sources of others among ours); it fetches only
     * what the lock file names, from npm's cache where it can.
     */
    private static void installLinters() throws Exception {
        var lock = Files.readAllBytes(PINNED.resolve("package-lock.json"));
        var hash = HexFormat.of().formatHex(sha256(lock));
        var marker = LINTERS.resolve("node_modules").resolve(INSTALLED);
        if (Files.exists(marker) && Files.readString(marker).equals(hash)) {
            return;
        }
        Files.createDirectories(LINTERS);
        for (var file : List.of("package.json", "package-lock.json")) {
            Files.copy(PINNED.resolve(file), LINTERS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        var install = run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"), List.of());
        assertThat(install.exitCode()).as("npm ci in " + LINTERS + " failed (it needs the npm registry once):\n" + install.output())
                .isZero();
        Files.writeString(marker, hash);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, List<Path> files) throws Exception {
        var arguments = new ArrayList<>(command);
        files.forEach(file -> arguments.add(file.toString()));
        var process = new ProcessBuilder(arguments).directory(LINTERS.toFile()).redirectErrorStream(true);
        // Nothing leaves this machine but npm ci's download: no usage reports, no update checks.
        process.environment().put("REDOCLY_TELEMETRY", "off");
        process.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        process.environment().put("DO_NOT_TRACK", "1");
        process.environment().put("SCARF_ANALYTICS", "false");
        process.environment().put("NO_UPDATE_NOTIFIER", "1");
        process.environment().put("npm_config_update_notifier", "false");
        var started = process.start();
        var output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!started.waitFor(5, TimeUnit.MINUTES)) {
            started.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes:\n" + output);
        }
        return new Result(started.exitValue(), output);
    }

    private static boolean nodeIsInstalled() {
        try {
            var process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] sha256(byte[] content) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(content);
    }

    private String get(String path) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package no.lifecase.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.lifecase.LifecaseApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the embedded default as {@code ./mvnw spring-boot:run} does: a JVM of its own with the source tree's classpath
 * (the tests', so the simulators and demo users are there), no profile named, the JIT setting the Spring Boot Maven
 * plugin adds, in an empty directory, so with a new H2 database under {@code ./data}. Then once more on the same
 * directory, as a second {@code ./mvnw spring-boot:run} does. Prints each start's time to ready, measured from outside
 * (from launching the JVM to the readiness probe's first 200), with the phases the application logged. There is no
 * assertion on the times: the machine and what else runs on it decide them (docs/adr/0049); what is asserted is what
 * a newcomer gets.
 */
class EmbeddedStartupIT {

    /** Only against a start that hangs: the times are reported, never judged. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Path LOGS = Path.of("target");
    /** What ./mvnw spring-boot:run deploys: the product's models and, on the test classpath it runs with, the test-only ones. */
    private static final List<Path> MODELS = List.of(Path.of("target/classes/no/lifecase"), Path.of("target/test-classes/no/lifecase"));

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_embedded_default_starts_on_an_empty_directory_and_again_on_its_own_data(@TempDir Path directory) throws Exception {
        var first = EmbeddedStart.launch(directory, LOGS.resolve("embedded-startup-first.log"));
        try {
            awaitReadiness(first);
            report("first start, empty ./data", first);

            assertThat(first.phaseLines()).as("one line per phase").hasSize(StartupPhase.values().length)
                    .allSatisfy(line -> assertThat(line).matches(".*Start-up phase \\d+/\\d+ .+: \\d+\\.\\d s.*"));
            for (var phase : StartupPhase.values()) {
                assertThat(first.phaseLines()).as(phase.label()).filteredOn(line -> line.contains(" " + phase.label() + ": ")).hasSize(1);
            }
            assertThat(first.phaseLines()).filteredOn(line -> line.contains(StartupPhase.MODEL_DEPLOYMENT.label()))
                    .singleElement().asString().contains("(deployed " + shippedModels() + " resources)");
            assertThat(first.log()).filteredOn(line -> line.contains("Start-up done: ready in ")).hasSize(1);

            assertThat(get(first, "/api/models", "demo", "demo").statusCode()).as("the demo administrator").isEqualTo(200);
            assertThat(get(first, "/api/agency/nav/tasks", "nav1", "nav1").statusCode()).as("a demo caseworker").isEqualTo(200);
            var examples = get(first, "/sim/population/examples", null, null);
            assertThat(examples.statusCode()).isEqualTo(200);
            assertThat(examples.body()).contains("\"singleMother\"", "\"immigrant\"");
        } finally {
            first.stop();
        }

        var second = EmbeddedStart.launch(directory, LOGS.resolve("embedded-startup-second.log"));
        try {
            awaitReadiness(second);
            report("second start, ./data of the first", second);

            assertThat(second.phaseLines()).filteredOn(line -> line.contains(StartupPhase.MODEL_DEPLOYMENT.label()))
                    .singleElement().asString().contains("(no model changed, nothing deployed)");
            assertThat(get(second, "/api/models", "demo", "demo").statusCode()).isEqualTo(200);
        } finally {
            second.stop();
        }
    }

    private void awaitReadiness(EmbeddedStart start) throws Exception {
        var deadline = start.launched() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!start.process().isAlive()) {
                throw new AssertionError("The embedded default stopped with exit code " + start.process().exitValue()
                        + "; its output:\n" + start.tail());
            }
            try {
                var readiness = get(start, "/actuator/health/readiness", null, null);
                if (readiness.statusCode() == 200 && readiness.body().contains("\"UP\"")) {
                    start.ready();
                    return;
                }
            } catch (IOException notListeningYet) {
                // Tomcat does not listen yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The embedded default was not ready within " + START_TIMEOUT + "; its output:\n" + start.tail());
    }

    private HttpResponse<String> get(EmbeddedStart start, String path, String user, String password) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(start.address() + path)).timeout(Duration.ofSeconds(30)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void report(String which, EmbeddedStart start) throws IOException {
        var report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%nEmbedded default, %s: ready in %.1f s from launching the JVM (CPU time %.1f s; "
                        + "load average %.1f on %d cores before the launch)%n", which, start.secondsToReady(), start.cpuSeconds(),
                start.loadAverageBefore(), Runtime.getRuntime().availableProcessors()));
        for (var line : start.phaseLines()) {
            report.append("  ").append(line.substring(line.indexOf("Start-up"))).append(System.lineSeparator());
        }
        start.log().stream().filter(line -> line.contains("Start-up done")).findFirst()
                .ifPresent(line -> report.append("  ").append(line.substring(line.indexOf("Start-up"))).append(System.lineSeparator()));
        System.out.print(report);
    }

    /** The models and forms, and the texts beside them, the build copied to the classpath, which a first start deploys. */
    private static long shippedModels() throws IOException {
        long count = 0;
        for (var folder : MODELS) {
            try (Stream<Path> files = Files.walk(folder)) {
                count += files.map(Path::toString).filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form")
                        || name.matches(".+_(nb|nn|en)\\.properties")).count();
            }
        }
        return count;
    }

    /** One JVM running the embedded default, its log in a file. */
    private static final class EmbeddedStart {

        private final Process process;
        private final String address;
        private final Path logFile;
        private final long launched;
        private final double loadAverageBefore;
        private long readyAt;

        private EmbeddedStart(Process process, String address, Path logFile, long launched, double loadAverageBefore) {
            this.process = process;
            this.address = address;
            this.logFile = logFile;
            this.launched = launched;
            this.loadAverageBefore = loadAverageBefore;
        }

        static EmbeddedStart launch(Path directory, Path logFile) throws IOException {
            int port = freePort();
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // -XX:TieredStopAtLevel=1 is what the Spring Boot Maven plugin's run goal adds (its "optimized launch").
            var command = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    LifecaseApplication.class.getName(), "--server.port=" + port)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            // As on a newcomer's machine: the source tree's default profiles, the address the simulators default to.
            command.environment().remove("SPRING_PROFILES_ACTIVE");
            command.environment().remove("LIFECASE_PUBLIC_URL");
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long launched = System.nanoTime();
            return new EmbeddedStart(command.start(), "http://localhost:" + port, logFile, launched, load);
        }

        Process process() {
            return process;
        }

        String address() {
            return address;
        }

        long launched() {
            return launched;
        }

        double loadAverageBefore() {
            return loadAverageBefore;
        }

        void ready() {
            readyAt = System.nanoTime();
        }

        double secondsToReady() {
            return (readyAt - launched) / 1e9;
        }

        double cpuSeconds() {
            return process.toHandle().info().totalCpuDuration().map(cpu -> cpu.toMillis() / 1000.0).orElse(Double.NaN);
        }

        List<String> log() throws IOException {
            return Files.readAllLines(logFile);
        }

        List<String> phaseLines() throws IOException {
            return log().stream().filter(line -> line.contains("Start-up phase ")).toList();
        }

        String tail() throws IOException {
            var lines = log();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        private static int freePort() throws IOException {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}

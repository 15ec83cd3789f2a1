package no.lifecase.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.lifecase.LifecaseApplication;

/**
 * The simulated registers in a JVM of their own, as the real registers are elsewhere: Lifecase (profile "simulators")
 * with its feeds and job executor off, on an in-memory H2 database, serving Folkeregisteret, Enhetsregisteret, KRR,
 * the courts, the estate sources, UDI, Nav's registers, signing, Maskinporten and the test ID-porten to the nodes
 * under measurement. Its logs go to {@code target/benchmark-registers.log}.
 */
final class SimulatedRegisters implements AutoCloseable {

    /** The population's seed: the benchmark builds the same population in its own JVM to pick the events' people. */
    static final long POPULATION_SEED = 20_260_101L;

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    /** Stops the register JVM if the benchmark's JVM ends without closing it (killed, or a time-out of the build). */
    private final Thread stopOnExit;
    private final int port;
    private final int portalPort;
    private final FeedPositions positions = new FeedPositions();

    private SimulatedRegisters(Process process, int port, int portalPort) {
        this.process = process;
        this.stopOnExit = new Thread(process::destroyForcibly, "stop-simulated-registers");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        this.port = port;
        this.portalPort = portalPort;
    }

    /**
     * Starts the JVM and waits until it answers. It also picks the port of the nodes whose citizens log in (one at a
     * time): the test ID-porten sends them back there, to its one redirect URI, compared exactly.
     */
    static SimulatedRegisters start(int populationSize) {
        int port = freePort();
        int portalPort = freePort();
        var properties = new LinkedHashMap<String, String>();
        properties.put("spring.profiles.active", "embedded");
        properties.put("spring.datasource.url", "jdbc:h2:mem:registers;DB_CLOSE_DELAY=-1");
        properties.put("server.port", String.valueOf(port));
        properties.put("spring.main.banner-mode", "off");
        properties.put("lifecase.feeds.enabled", "false");
        properties.put("camunda.bpm.job-execution.enabled", "false");
        properties.put("lifecase.case-file.retention-enabled", "false");
        properties.put("lifecase.simulator.population.seed", String.valueOf(POPULATION_SEED));
        properties.put("lifecase.simulator.population.size", String.valueOf(populationSize));
        // The browser's addresses of the test ID-porten are on 127.0.0.1, the nodes on localhost: a cookie is kept per
        // host, not per port, so the login's session and the portal's session stay apart.
        properties.put("lifecase.public-url", "http://127.0.0.1:" + port);
        properties.put("lifecase.simulator.idporten.redirect-uri", "http://localhost:" + portalPort + "/min-side/login/oauth2/code/idporten");
        properties.put("lifecase.simulator.idporten.post-logout-redirect-uri", "http://localhost:" + portalPort + "/min-side/logget-ut");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.no.lifecase", "WARN");
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LifecaseApplication.class.getName());
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        var log = Path.of("target", "benchmark-registers.log");
        try {
            Files.createDirectories(log.getParent());
            var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var registers = new SimulatedRegisters(process, port, portalPort);
            try {
                registers.awaitAnswer(log);
            } catch (RuntimeException e) {
                registers.close();
                throw e;
            }
            return registers;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the simulated registers", e);
        }
    }

    private void awaitAnswer(Path log) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The simulated registers stopped at start-up (exit " + process.exitValue() + "); see " + log);
            }
            try {
                var answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            BenchmarkDatabase.sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("The simulated registers did not answer within " + START_TIMEOUT + "; see " + log);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The port the node whose citizens log in must listen on (one node at a time). */
    int portalPort() {
        return portalPort;
    }

    /** The last sequence number and update id the benchmark's events got, so that a new node reads only what follows. */
    FeedPositions positions() {
        return positions;
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the register JVM has used so far. */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * Settings for a node that reads every register from this JVM: its clients, Maskinporten, the signing service's
     * trust anchor and the test ID-porten. Its feeds start after the last event published so far.
     */
    Map<String, String> forNode(boolean portal) {
        String base = baseUrl();
        String browser = "http://127.0.0.1:" + port;
        var settings = new LinkedHashMap<String, String>();
        settings.put("lifecase.registers.folkeregisteret.base-url", base + "/folkeregisteret/offentlig-med-hjemmel/api");
        settings.put("lifecase.registers.enhetsregisteret.base-url", base + "/enhetsregisteret/api");
        settings.put("lifecase.registers.frivillighetsregisteret.base-url", base + "/frivillighetsregisteret/api");
        settings.put("lifecase.registers.krr.base-url", base + "/rest/v1");
        settings.put("lifecase.registers.domstol.base-url", base + "/domstol/hendelsesliste/api");
        settings.put("lifecase.registers.domstol-innsending.base-url", base + "/domstol/innsending/api");
        settings.put("lifecase.registers.signering.base-url", base + "/signering/api");
        settings.put("lifecase.registers.aaregisteret.base-url", base + "/aareg-services");
        settings.put("lifecase.registers.inntekt.base-url", base + "/inntektskomponenten");
        settings.put("lifecase.registers.dsop.base-url", base + "/sim/estate/dsop");
        settings.put("lifecase.registers.kartverket.base-url", base + "/sim/estate/kartverket");
        settings.put("lifecase.registers.vegvesen.base-url", base + "/sim/estate/vegvesen");
        settings.put("lifecase.registers.udi.base-url", base + "/sim/udi");
        settings.put("lifecase.signing.trust-anchor", base + "/sim/signering/ca.pem");
        settings.put("lifecase.maskinporten.token-url", base + "/maskinporten/token");
        settings.put("lifecase.maskinporten.audience", base + "/maskinporten/");
        settings.put("lifecase.idporten.issuer", browser + "/idporten");
        settings.put("lifecase.idporten.authorization-uri", browser + "/idporten/authorize");
        settings.put("lifecase.idporten.end-session-uri", browser + "/idporten/logout");
        settings.put("lifecase.idporten.token-uri", browser + "/idporten/token");
        settings.put("lifecase.idporten.jwk-set-uri", browser + "/idporten/jwks.json");
        settings.put("lifecase.idporten.user-info-uri", browser + "/idporten/userinfo");
        settings.put("lifecase.feeds.folkeregisteret.first-sequence", String.valueOf(positions.lastSequence() + 1));
        settings.put("lifecase.feeds.enhetsregisteret.first-update", String.valueOf(positions.lastUpdate() + 1));
        if (portal) {
            settings.put("server.port", String.valueOf(portalPort));
        }
        return settings;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is ending already, and the hook stops the process
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

package no.lifecase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.lifecase.testsupport.ApiContract;
import no.lifecase.testsupport.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production jar starts on its own, as the Dockerfile runs it: {@code java -jar} with no profile named and the
 * settings of docker-compose.yml from the environment, on a PostgreSQL database of its own. The other integration tests
 * run the application with the simulators; this one shows the product needs none of them (ADR 0041).
 */
class ProductionJarStartsIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Path LOG = Path.of("target/production-jar-start.log");
    private static final String ADMIN = "operator";
    private static final String ADMIN_PASSWORD = "operator-" + UUID.randomUUID();

    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static String database;
    private static Process lifecase;
    private static String address;

    @BeforeAll
    static void startTheJar() throws Exception {
        database = "production_jar_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE DATABASE " + database);
        int port = freePort();
        address = "http://localhost:" + port;

        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ProcessBuilder(java, "-Xmx512m", "-jar", ProductionJar.path().toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile());
        var environment = command.environment();
        // No profile named: the jar's own default must be the production one.
        environment.remove("SPRING_PROFILES_ACTIVE");
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.put("LIFECASE_PUBLIC_URL", address);
        environment.put("LIFECASE_DB_URL", PostgresDatabase.server().getJdbcUrl("postgres", database));
        environment.put("LIFECASE_DB_USERNAME", "postgres");
        environment.put("LIFECASE_DB_PASSWORD", "postgres");
        environment.put("CAMUNDA_BPM_ADMINUSER_ID", ADMIN);
        environment.put("CAMUNDA_BPM_ADMINUSER_PASSWORD", ADMIN_PASSWORD);
        // The real registers are not this test's to call.
        environment.put("LIFECASE_FEEDS_ENABLED", "false");
        lifecase = command.start();
        awaitReadiness();
    }

    @AfterAll
    static void stopTheJar() throws Exception {
        if (lifecase != null) {
            lifecase.destroy();
            if (!lifecase.waitFor(30, TimeUnit.SECONDS)) {
                lifecase.destroyForcibly().waitFor();
            }
        }
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    void it_deploys_the_life_events_for_the_administrator_from_the_environment() throws Exception {
        var definitions = get("/engine-rest/process-definition/count", ADMIN, ADMIN_PASSWORD);

        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.body()).contains("\"count\":");
        assertThat(Integer.parseInt(definitions.body().replaceAll("\\D", ""))).isGreaterThanOrEqualTo(7);
    }

    @Test
    void it_serves_neither_the_test_id_porten_nor_the_simulators() throws Exception {
        assertThat(get("/idporten/.well-known/openid-configuration", null, null).statusCode()).isBetween(400, 499);
        assertThat(get("/sim/population/examples", null, null).statusCode()).isBetween(400, 499);
        assertThat(get("/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/03851598730", null, null).statusCode()).isBetween(400, 499);
    }

    @Test
    void it_knows_no_demo_user() throws Exception {
        assertThat(get("/api/cases", "demo", "demo").statusCode()).isEqualTo(401);
        assertThat(get("/api/agency/nav/tasks", "nav1", "nav1").statusCode()).isEqualTo(401);
    }

    @Test
    void it_logs_one_json_object_per_line_and_serves_its_metrics_to_the_administrator_only() throws Exception {
        var lines = Files.readAllLines(LOG).stream().filter(line -> line.startsWith("{")).toList();
        var json = new ObjectMapper();

        assertThat(lines).as("JSON log lines (ADR 0048)").hasSizeGreaterThan(10);
        assertThat(json.readTree(lines.get(lines.size() - 1)).path("ecs").path("version").asText()).isNotBlank();
        assertThat(lines).as("what Spring Boot logs once it listens")
                .anySatisfy(line -> assertThat(json.readTree(line).path("message").asText()).startsWith("Tomcat started on port"));
        assertThat(get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "prometheus", "").statusCode()).as("no scrape account without a password").isEqualTo(401);
        var metrics = get("/actuator/prometheus", ADMIN, ADMIN_PASSWORD);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("lifecase_cases_open{", "lifecase_jobs_waiting", "jvm_memory_used_bytes");
    }

    private static void awaitReadiness() throws Exception {
        var deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!lifecase.isAlive()) {
                throw new AssertionError("The jar stopped with exit code " + lifecase.exitValue() + "; its output:\n" + tail());
            }
            try {
                var readiness = get("/actuator/health/readiness", null, null);
                if (readiness.statusCode() == 200 && readiness.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The jar was not ready within " + START_TIMEOUT + "; its output:\n" + tail());
    }

    private static HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(address + path)).timeout(Duration.ofSeconds(10)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        var sent = request.build();
        var response = http.send(sent, HttpResponse.BodyHandlers.ofString());
        ApiContract.check(new ApiContract.Exchange("GET", sent.uri(), sent.headers().map(), null, response.statusCode(),
                response.headers().map(), response.body().getBytes(StandardCharsets.UTF_8)));
        return response;
    }

    private static void execute(String statement) throws SQLException {
        try (var connection = DriverManager.getConnection(PostgresDatabase.server().getJdbcUrl("postgres", "postgres"));
             var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail() throws IOException {
        var lines = Files.readAllLines(LOG);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}

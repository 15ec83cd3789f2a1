package no.lifecase.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.simulator.SimulatorFaults;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.trigger.FeedPoller;
import no.lifecase.trigger.PollResult;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every command of the README runs as written, in the order shown, against Lifecase on PostgreSQL with its simulators,
 * apart from host and port; every link of the README opens, and every endpoint it names with a method is there
 * (docs/adr/0046). The README's demo users are made here with the embedded default's groups and passwords. The feeds
 * are read before every command, as the embedded default's scheduler reads them all the time; a {@code sleep} of the
 * README is that wait, and a variable read with GETs is read again until the application has got that far.
 */
@LifecaseIT
class ReadmeExamplesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String DEPLOYED_BY_THE_README = "process owner ";

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private FeedPoller feeds;

    @Autowired
    private IdentityService identity;

    @Autowired
    private AgencyCatalogue agencies;

    @Autowired
    private RepositoryService repository;

    @Autowired
    private HistoryService history;

    @Autowired
    private SimulatorFaults faults;

    private final Readme readme = Readme.ofThisProject();
    private final DemoUsers demoUsers = DemoUsers.ofTheEmbeddedDefault();
    private final Instant started = Instant.now();
    private ShellSession shell;

    @BeforeEach
    void theReadmesUsers() {
        var logins = new LinkedHashSet<Readme.Credentials>();
        readme.examples().forEach(command -> logins.addAll(command.credentials()));
        readme.links().forEach(link -> link.user().ifPresent(logins::add));
        logins.forEach(login -> makeDemoUser(login.user()));
    }

    /**
     * The README's KRR choice and faults are given back by its own commands, unless a command failed first; its
     * deployment goes with the cases on it, others' that its migration moved too, as ModelMigrationIT's do (ADR 0039).
     */
    @AfterEach
    void giveBack() {
        faults.clear();
        if (shell != null) {
            var newcomer = shell.value("NEWCOMER");
            if (!newcomer.isEmpty()) {
                http.delete("/sim/krr/personer/{person}", newcomer);
            }
            shell.close();
        }
        var administrator = demoUsers.administrator().id();
        for (var deployment : repository.createDeploymentQuery().deploymentSource(DEPLOYED_BY_THE_README + administrator).list()) {
            if (!deployment.getDeploymentTime().toInstant().isBefore(started)) {
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                    repository.deleteDeployment(deployment.getId(), true);
                    return true;
                });
            }
        }
    }

    @Test
    void every_example_runs_as_written_in_the_order_shown() {
        var missing = ShellSession.missingTools();
        Assumptions.assumeTrue(missing.isEmpty(), "The README's examples need " + ShellSession.TOOLS + "; missing here: " + missing);
        var variables = readme.examples().stream().flatMap(command -> command.assigns().stream()).distinct().toList();
        shell = new ShellSession(Path.of("").toAbsolutePath(), "http://localhost:" + port, variables);
        readAllFeeds();

        for (var command : readme.examples()) {
            var began = System.nanoTime();
            readAllFeeds();
            if (command.isWait()) {
                continue;
            }
            var outcome = shell.run(command);
            if (command.assigns().isPresent() && command.onlyReads()) {
                var deadline = Instant.now().plus(PATIENCE);
                while (!answeredAsPromised(command, outcome) && Instant.now().isBefore(deadline)) {
                    pause();
                    readAllFeeds();
                    outcome = shell.run(command);
                }
            }
            System.out.printf("README.md line %d answered %s in %d ms%n", command.line(), outcome.statuses(),
                    Duration.ofNanos(System.nanoTime() - began).toMillis());
            assertAnsweredAsPromised(command, outcome);
        }

        theCaseTheExamplesFollowedDidWhatTheyPromised();
    }

    @Test
    void every_link_opens_as_the_user_its_row_names() throws Exception {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        var administrator = demoUsers.administrator();
        for (var link : readme.links()) {
            var answer = get(client, link.path(), link.user());
            if (link.user().isEmpty() && answer.statusCode() == 401
                    && answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic")) {
                // A browser asks for the login; the prose leaves the user to the section around it: the administrator may.
                answer = get(client, link.path(), Optional.of(new Readme.Credentials(administrator.id(), administrator.password())));
            }
            assertThat(answer.statusCode()).as("README.md line %d: %s answered %s", link.line(), link.url(), answer.body())
                    .isEqualTo(200);
        }
    }

    @Test
    void every_endpoint_named_with_its_method_is_there() throws Exception {
        var client = HttpClient.newHttpClient();
        var administrator = demoUsers.administrator();
        assertThat(readme.endpoints()).isNotEmpty();
        for (var endpoint : readme.endpoints()) {
            // No body: the endpoint refuses the request, but it must be the endpoint that does.
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + endpoint.path()))
                    .header("Authorization", basic(new Readme.Credentials(administrator.id(), administrator.password())))
                    .method(endpoint.method(), HttpRequest.BodyPublishers.noBody()).build();
            var answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("README.md line %d: %s %s answered %s", endpoint.line(), endpoint.method(),
                    endpoint.path(), answer.body()).isNotIn(404, 405).isLessThan(500);
        }
    }

    /** What the README says the examples did to the death case they followed ($REF), as Lifecase shows it. */
    private void theCaseTheExamplesFollowedDidWhatTheyPromised() {
        var reference = shell.value("REF");
        var deceased = shell.value("DECEASED");
        var theCase = http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD).getForObject("/api/cases/{reference}", Map.class, reference);
        assertThat(theCase).containsEntry("lifeEvent", "death-and-inheritance").containsEntry("subject", deceased);

        var task = history.createHistoricTaskInstanceQuery().taskId(shell.value("TASK")).singleResult();
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        assertThat(instance.getBusinessKey()).as("the task of the case").isEqualTo(reference);
        assertThat(task.getAssignee()).isEqualTo("nav1");
        assertThat(task.getEndTime()).as("completed").isNotNull();
        var decisions = http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD)
                .getForObject("/api/cases/{reference}/decisions", List.class, reference);
        assertThat(decisions).as("the caseworker's decision, recorded on the case")
                .extracting(decision -> ((Map<?, ?>) decision).get("subject") + " " + ((Map<?, ?>) decision).get("kind") + " "
                        + ((Map<?, ?>) decision).get("outcome") + " " + ((Map<?, ?>) decision).get("decidedBy"))
                .contains("omstillingsstonad CASEWORKER granted nav");

        // The case may have ended by now: the court's decision was its last wait.
        var target = Integer.parseInt(shell.value("TARGET"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            readAllFeeds();
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                    .getProcessDefinitionVersion()).as("the case moved to the version deployed").isEqualTo(target);
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .activityId("Task_DecideEstateOverviewAccess").finished().count()).as("the court's decision reached the case").isOne();
        });
    }

    private static boolean answeredAsPromised(Readme.Command command, ShellSession.Outcome outcome) {
        return outcome.succeeded() && (!command.callsLifecase() || !outcome.statuses().isEmpty()) && outcome.statuses().stream().allMatch(status ->
                command.expectedStatus().isPresent() ? status == command.expectedStatus().getAsInt() : status / 100 == 2);
    }

    private static void assertAnsweredAsPromised(Readme.Command command, ShellSession.Outcome outcome) {
        var described = command + "\nexit code " + outcome.exitCode() + ", answers " + outcome.answers()
                + "\nerrors: " + outcome.errors();
        assertThat(outcome.exitCode()).as(described).isZero();
        if (command.callsLifecase()) {
            assertThat(outcome.statuses()).as(described).isNotEmpty();
            if (command.expectedStatus().isPresent()) {
                assertThat(outcome.statuses()).as(described).containsOnly(command.expectedStatus().getAsInt());
            } else {
                assertThat(outcome.statuses()).as(described).allMatch(status -> status >= 200 && status < 300);
            }
        }
    }

    /** Every feed until it has nothing new, as the scheduler of the embedded default reads them every ten seconds. */
    private void readAllFeeds() {
        for (var feed : feeds.feedNames()) {
            for (int page = 0; page < 10; page++) {
                var result = feeds.poll(feed);
                if (result.status() != PollResult.Status.PAGE_HANDLED || result.handled() + result.skipped() == 0) {
                    break;
                }
            }
        }
    }

    /** The README's user as the embedded default makes it (DemoCaseworkers, camunda.bpm.admin-user), once. */
    private void makeDemoUser(String id) {
        var demo = demoUsers.find(id).orElseThrow(() -> new IllegalStateException("The README logs in as " + id
                + ", who is not a demo user of the embedded default"));
        if (identity.createUserQuery().userId(id).count() == 0) {
            var user = identity.newUser(id);
            user.setFirstName("Demo");
            user.setLastName(demo.administrator() ? "Administrator" : demo.agency());
            user.setPassword(demo.password());
            identity.saveUser(user);
        }
        if (demo.administrator()) {
            join(id, Groups.CAMUNDA_ADMIN);
        } else {
            var agency = agencies.find(demo.agency()).orElseThrow();
            join(id, agency.id());
            if (demo.supervisor()) {
                join(id, agency.supervisorsGroupId());
            }
        }
    }

    private void join(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }

    private HttpResponse<String> get(HttpClient client, String path, Optional<Readme.Credentials> user) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        user.ifPresent(login -> request.header("Authorization", basic(login)));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(Readme.Credentials login) {
        return "Basic " + Base64.getEncoder().encodeToString((login.user() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

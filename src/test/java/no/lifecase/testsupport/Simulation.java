package no.lifecase.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What the integration tests do to the simulated registers and how they follow a case: scenarios over
 * HTTP under /sim, the feeds read as the scheduler would, the case read through the case API.
 */
public class Simulation {

    private final TestRestTemplate http;
    private final FeedPoller feeds;
    private final RuntimeService runtime;
    private final HistoryService history;

    public Simulation(TestRestTemplate http, FeedPoller feeds, RuntimeService runtime, HistoryService history) {
        this.http = http;
        this.feeds = feeds;
        this.runtime = runtime;
        this.history = history;
    }

    /** A person of this kind from the synthetic population (see /sim/population/examples). */
    public String example(String kind) {
        return (String) http.getForObject("/sim/population/examples", Map.class).get(kind);
    }

    public Map<?, ?> post(String path, Map<String, Object> body) {
        var response = http.postForEntity(path, body, Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s answered %s: %s", path, response.getStatusCode(), response.getBody()).isTrue();
        return response.getBody();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, String> persons(Map<?, ?> scenario) {
        return (Map<String, String>) scenario.get("persons");
    }

    /** Reads the feed until it has opened the life event's case for this subject. */
    public ProcessInstance caseOpenedByFeed(String feed, String lifeEvent, String subject) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            feeds.poll(feed);
            return runtime.createProcessInstanceQuery().processDefinitionKey(lifeEvent).variableValueEquals("subject", subject).singleResult();
        }, found -> found != null);
    }

    public void poll(String feed) {
        feeds.poll(feed);
    }

    public boolean passed(ProcessInstance instance, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId(activityId).finished().count() > 0;
    }

    public void awaitPassed(ProcessInstance instance, String activityId) {
        await().atMost(Duration.ofSeconds(90)).until(() -> passed(instance, activityId));
    }

    public Map<?, ?> caseView(String reference) {
        return http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD).getForObject("/api/cases/{reference}", Map.class, reference);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> entries(Map<?, ?> caseView, String name) {
        return (List<Map<String, Object>>) caseView.get(name);
    }
}

package no.lifecase.modelsafety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A model that would run a command on the server, uploaded as a process owner through the models API and as an
 * administrator through Camunda's REST API, on real PostgreSQL (ADR 0035): both refuse it with the file, the element
 * and the expression, nothing is deployed, there is nothing to start, and the command never ran.
 */
@LifecaseIT
class ModelSafetyIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private IdentityService identity;

    @Autowired
    private RepositoryService repository;

    private final String owner = StaffUsers.of(ModelSafetyIT.class).id("owner");

    private final Path marker = Path.of(System.getProperty("java.io.tmpdir"), "lifecase-command-ran-" + UUID.randomUUID());

    @BeforeEach
    void processOwner() {
        StaffUsers.user(identity, owner, "process-owners");
    }

    @Test
    void the_models_api_refuses_the_model_names_the_expression_and_deploys_nothing() throws Exception {
        long deployments = repository.createDeploymentQuery().count();

        for (String path : List.of("/api/models/validation", "/api/models")) {
            var response = upload(path, owner, StaffUsers.passwordOf(owner), "files", "it-hostile.bpmn", hostileProcess());

            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody()).containsEntry("deployable", false);
            @SuppressWarnings("unchecked")
            var findings = (List<Map<String, Object>>) response.getBody().get("findings");
            assertThat(findings).anySatisfy(finding -> {
                assertThat(finding).containsEntry("file", "it-hostile.bpmn").containsEntry("elementId", "StartEvent_Begin")
                        .containsEntry("rule", "model-safety").containsEntry("severity", "ERROR");
                assertThat((String) finding.get("message")).contains("getClass()").contains("java.lang.Runtime");
            });
        }

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertNothingToStartAndTheCommandNeverRan();
    }

    @Test
    void a_model_may_not_name_the_engines_services() {
        var response = upload("/api/models/validation", owner, StaffUsers.passwordOf(owner), "files", "it-hostile.bpmn",
                new String(hostileProcess(), StandardCharsets.UTF_8).replace(exploit(), "${repositoryService.deploymentQuery}")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody().get("findings").toString()).contains("The bean repositoryService is not available to models.");
    }

    @Test
    void camundas_rest_api_refuses_the_model_even_from_an_administrator() throws Exception {
        long deployments = repository.createDeploymentQuery().count();

        var process = upload("/engine-rest/deployment/create", LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD, "it-hostile.bpmn",
                "it-hostile.bpmn", hostileProcess());
        var decision = upload("/engine-rest/deployment/create", LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD, "it-hostile.dmn",
                "it-hostile.dmn", hostileDecision());

        for (var response : List.of(process, decision)) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(String.valueOf(response.getBody().get("message"))).contains("Refused: it-hostile.").contains("getClass()");
        }
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertNothingToStartAndTheCommandNeverRan();
    }

    private void assertNothingToStartAndTheCommandNeverRan() throws InterruptedException {
        var start = http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD).exchange(
                "/engine-rest/process-definition/key/it-hostile/start", HttpMethod.POST, json("{}"), JSON);
        assertThat(start.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Thread.sleep(500);
        assertThat(marker).doesNotExist();
    }

    private String exploit() {
        return HostileModels.exploit(marker);
    }

    private byte[] hostileProcess() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_Hostile" targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="it-hostile" name="Hostile" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Begin" name="Begin">
                      <bpmn:extensionElements>
                        <camunda:executionListener event="start" expression="%s"/>
                      </bpmn:extensionElements>
                      <bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
                    </bpmn:startEvent>
                    <bpmn:endEvent id="EndEvent_Done" name="Done"><bpmn:incoming>Flow_ToEnd</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="StartEvent_Begin" targetRef="EndEvent_Done"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(exploit()).strip().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] hostileDecision() {
        return HostileModels.decision("juel", exploit()).getBytes(StandardCharsets.UTF_8);
    }

    private ResponseEntity<Map<String, Object>> upload(String path, String user, String password, String part, String file, byte[] content) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("deployment-name", "it-hostile");
        body.add(part, new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return file;
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, password).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    private static HttpEntity<String> json(String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}

package no.lifecase.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.lifecase.register.inntekt.Grunnbelop;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dated reference data through the process owners' API on PostgreSQL (docs/adr/0058): the seeded G, courts and
 * kommunenummer, a new value that applies only from its date, and each kind of bad entry refused with problem details
 * and nothing stored.
 */
@LifecaseIT
class ReferenceDataIT {

    private static final StaffUsers STAFF = StaffUsers.of(ReferenceDataIT.class);
    private static final String SOURCE = "ReferenceDataIT";

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private Grunnbelop grunnbelop;

    @Autowired
    private CourtDistricts courts;

    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void processOwner(@Autowired IdentityService identity) {
        StaffUsers.user(identity, owner(), "process-owners");
        StaffUsers.user(identity, STAFF.nav(), "nav");
    }

    /** The entries this class adds go again, so that no other test's decision meets a G of ours (ADR 0039). */
    @AfterEach
    void forgetOurEntries() {
        jdbc.sql("delete from reference_data where source = ?").param(SOURCE).update();
    }

    @Test
    void g_is_the_value_in_force_on_the_day_and_a_new_value_applies_from_its_date_only() {
        assertThat(grunnbelop.on(LocalDate.of(2025, 4, 30))).isEqualTo(124_028);
        assertThat(grunnbelop.on(LocalDate.of(2025, 5, 1))).isEqualTo(130_160);
        var today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        var before = grunnbelop.on(today);
        var from = today.plusDays(10);

        var added = post("basic-amount", Map.of("value", "999999", "validFrom", from.toString(), "source", SOURCE));

        assertThat(added.getStatusCode().value()).as(String.valueOf(added.getBody())).isEqualTo(201);
        assertThat(added.getBody()).containsEntry("kind", "basic-amount").containsEntry("key", "G").containsEntry("value", "999999")
                .containsEntry("recordedBy", owner());
        assertThat(grunnbelop.on(today)).as("dated ahead: today's G is unchanged").isEqualTo(before);
        assertThat(grunnbelop.on(from.minusDays(1))).isEqualTo(before);
        assertThat(grunnbelop.on(from)).isEqualTo(999_999);
        var inForceThen = http.withBasicAuth(owner(), StaffUsers.passwordOf(owner()))
                .getForEntity("/api/reference-data/basic-amount?on=" + from, List.class);
        assertThat(inForceThen.getBody()).hasSize(1);
        assertThat(inForceThen.getBody().get(0)).hasToString(inForceThen.getBody().get(0).toString()).asString().contains("value=999999");
    }

    @Test
    void a_court_district_follows_the_kommunenummer_in_force_and_a_new_court_must_be_in_the_catalogue() {
        var today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        assertThat(courts.courtOf("0301", today)).contains("tingrett-TOSL");
        assertThat(courts.courtOf("3804", today)).as("Sandefjord's number before 2024").contains("tingrett-TVES");
        assertThat(courts.courtOf("0710", today)).as("Sandefjord's number before 2020").contains("tingrett-TVES");

        var unknownCourt = post("court-districts", Map.of("key", "4601", "value", "tingrett-TXXX", "validFrom", today.toString(),
                "source", SOURCE));
        assertProblem(unknownCourt, 422, "tingrett-TXXX is not a district court in the agency catalogue");
        var added = post("court-districts", Map.of("key", "4601", "value", "tingrett-TAGD", "validFrom", today.toString(), "source", SOURCE));
        assertThat(added.getStatusCode().value()).isEqualTo(201);
        assertThat(courts.courtOf("4601", today)).contains("tingrett-TAGD");
    }

    @Test
    void bad_entries_are_refused_with_problem_details_and_nothing_is_stored() {
        var count = jdbc.sql("select count(*) from reference_data").query(Long.class).single();

        assertProblem(post("tax-rates", Map.of("key", "x", "value", "1", "validFrom", "2026-01-01", "source", SOURCE)), 404,
                "There is no reference data of the kind \"tax-rates\"");
        assertProblem(post("basic-amount", Map.of("value", "130160.50", "validFrom", "2027-05-01", "source", SOURCE)), 422,
                "G is a positive whole number");
        assertProblem(post("basic-amount", Map.of("value", "-5", "validFrom", "2027-05-01", "source", SOURCE)), 422,
                "G is a positive whole number");
        assertProblem(post("basic-amount", Map.of("value", "130160", "validFrom", "2025-05-01", "source", SOURCE)), 409,
                "already has an entry from 2025-05-01");
        assertProblem(post("municipality-numbers", Map.of("key", "301", "value", "0301", "validFrom", "2027-01-01", "source", SOURCE)),
                422, "four digits");
        assertProblem(post("municipality-numbers", Map.of("key", "4601", "validFrom", "2027-01-01", "source", SOURCE)), 400,
                "An entry needs");
        assertProblem(send("basic-amount", "{\"value\":\"1\",\"validFrom\":\"1. mai 2027\",\"source\":\"x\"}"), 400, null);
        assertThat(jdbc.sql("select count(*) from reference_data").query(Long.class).single()).isEqualTo(count);

        var notAnOwner = http.withBasicAuth(STAFF.nav(), StaffUsers.passwordOf(STAFF.nav()))
                .getForEntity("/api/reference-data/basic-amount", String.class);
        assertThat(notAnOwner.getStatusCode().value()).isEqualTo(403);
        var kinds = http.withBasicAuth(owner(), StaffUsers.passwordOf(owner())).getForEntity("/api/reference-data", List.class);
        assertThat(kinds.getStatusCode().value()).isEqualTo(200);
        assertThat(kinds.getBody()).hasSize(3);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String owner() {
        return STAFF.id("owner");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ResponseEntity<Map<String, Object>> post(String kind, Map<String, Object> entry) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return (ResponseEntity) http.withBasicAuth(owner(), StaffUsers.passwordOf(owner()))
                .exchange("/api/reference-data/" + kind, HttpMethod.POST, new HttpEntity<>(entry, headers), Map.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ResponseEntity<Map<String, Object>> send(String kind, String json) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return (ResponseEntity) http.withBasicAuth(owner(), StaffUsers.passwordOf(owner()))
                .exchange("/api/reference-data/" + kind, HttpMethod.POST, new HttpEntity<>(json, headers), Map.class);
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> answer, int status, String detail) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isNotNull();
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.getBody()).containsEntry("status", status);
        if (detail != null) {
            assertThat((String) answer.getBody().get("detail")).contains(detail);
        }
    }
}

package no.lifecase.simulator.folkeregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import no.lifecase.register.RegisterProperties;
import no.lifecase.simulator.SimulatorFaults;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.Sex;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.simulator.udi.SimulatedUdi;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The simulator's HTTP answers, checked against the register's OpenAPI schemas. */
class FolkeregisteretSimulatorControllerTest {

    private static final String API = "/folkeregisteret/offentlig-med-hjemmel/api/v1";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Population population = Population.generate(5, 600, CLOCK);
    private final EventLog log = new EventLog(CLOCK);
    private final FolkeregisteretScenarios scenarios = new FolkeregisteretScenarios(population, log, new SimulatedUdi());
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(
            new FolkeregisteretSimulatorController(population, log, new SimulatorFaults(new RegisterProperties(Map.of())))).build();

    @Test
    void a_person_is_served_as_folkeregisterperson_with_the_parts_asked_for() throws Exception {
        var parent = first(p -> p.isAlive() && !p.children().isEmpty() && !p.hasProtectedAddress());

        var body = mvc.perform(get(API + "/personer/{id}", parent.identityNumber()).param("part", "person-basis", "relasjon-utvidet"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identifikasjonsnummer[0].foedselsEllerDNummer").value(parent.identityNumber()))
                .andExpect(jsonPath("$.familierelasjon").isArray())
                .andExpect(jsonPath("$.bostedsadresse[0].vegadresse.kommunenummer").value(parent.address().municipalityNumber()))
                .andReturn().getResponse().getContentAsString();

        assertThat(FregSchema.violations(JSON.readValue(body, Object.class), FregSchema.PERSON)).isEmpty();
    }

    @Test
    void an_unknown_person_is_404_with_the_registers_error_body() throws Exception {
        var unknown = population.newIdentityNumber(LocalDate.of(1970, 1, 1), Sex.MALE, false).value();

        mvc.perform(get(API + "/personer/{id}", unknown))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.kode").value("FREG-004"))
                .andExpect(jsonPath("$.melding").isString());
    }

    @Test
    void a_malformed_number_or_an_unknown_part_is_400() throws Exception {
        var someone = population.all().get(0).identityNumber();

        mvc.perform(get(API + "/personer/{id}", "1234")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.kode").value("FREG-002"));
        mvc.perform(get(API + "/personer/{id}", someone).param("part", "alt")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.kode").value("FREG-002"));
        mvc.perform(get(API + "/hendelser/feed")).andExpect(status().isBadRequest());
    }

    @Test
    void the_feed_has_the_shape_of_the_spec_and_answers_304_to_its_etag() throws Exception {
        var mother = first(p -> p.isAlive() && p.sex() == Sex.FEMALE && p.ageOn(LocalDate.now(CLOCK)) < 40 && !p.hasDNumber());
        var birth = scenarios.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), null, null, null, false));

        var response = mvc.perform(get(API + "/hendelser/feed").param("seq", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].sekvensnummer").value(1))
                .andExpect(jsonPath("$[0].hendelse.hendelsetype").value("personErOpprettet"))
                .andExpect(jsonPath("$[0].hendelse.folkeregisteridentifikator").value(birth.persons().get("child")))
                .andExpect(jsonPath("$[2].hendelse.hendelsetype").value("endringIForeldreansvar"))
                .andExpect(header().exists("ETag"))
                .andReturn().getResponse();
        var entries = (java.util.List<?>) JSON.readValue(response.getContentAsString(), Object.class);
        assertThat(entries).hasSize(3).allSatisfy(entry -> assertThat(FregSchema.violations(entry, FregSchema.FEED_ENTRY)).isEmpty());
        assertThat(response.getContentAsString()).matches(".*\"ajourholdstidspunkt\":\"2026-05-04T12:00:00\\.000\\+02:00\".*");

        mvc.perform(get(API + "/hendelser/feed").param("seq", "1").header("If-None-Match", response.getHeader("ETag")))
                .andExpect(status().isNotModified());
        mvc.perform(get(API + "/hendelser/feed").param("seq", "3")).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get(API + "/hendelser/siste/sekvensnummer")).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).isEqualTo("3"));
    }

    @Test
    void the_archive_serves_the_person_as_of_an_event_and_the_event_document_its_type() throws Exception {
        var mother = first(p -> p.isAlive() && p.sex() == Sex.FEMALE && p.ageOn(LocalDate.now(CLOCK)) < 40 && !p.hasDNumber());
        scenarios.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), null, null, null, false));
        var relationEvent = log.from(2, 1).get(0);

        var archived = mvc.perform(get(API + "/personer/arkiv/{id}", relationEvent.persondokument()).param("part", "relasjon-utvidet"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(FregSchema.violations(JSON.readValue(archived, Object.class), FregSchema.PERSON)).isEmpty();
        // After the relation event and before the responsibility event: the child is related, not yet in her care.
        var child = log.from(1, 1).get(0).folkeregisteridentifikator();
        assertThat(archived).contains("\"relatertPerson\":\"" + child + "\"").doesNotContain("\"ansvarssubjekt\":\"" + child + "\"");

        var event = mvc.perform(get(API + "/hendelser/{id}", relationEvent.hendelsesdokument()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hendelse.hendelsestype").value("endringIFamilierelasjon"))
                .andReturn().getResponse().getContentAsString();
        assertThat(FregSchema.violations(JSON.readValue(event, Object.class), FregSchema.EVENT_DOCUMENT)).isEmpty();

        mvc.perform(get(API + "/personer/arkiv/{id}", "0000")).andExpect(status().isNotFound()).andExpect(jsonPath("$.kode").exists());
    }

    private SimulatedPerson first(java.util.function.Predicate<SimulatedPerson> predicate) {
        return population.all().stream().filter(predicate).findFirst().orElseThrow();
    }
}

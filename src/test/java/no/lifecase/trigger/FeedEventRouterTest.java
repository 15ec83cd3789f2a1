package no.lifecase.trigger;

import static no.lifecase.trigger.RegisterFeed.DOMSTOL;
import static no.lifecase.trigger.RegisterFeed.ENHETSREGISTERET;
import static no.lifecase.trigger.RegisterFeed.FOLKEREGISTERET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Message;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritanceModule;
import no.lifecase.lifeevent.deathandinheritance.DeathTrigger;
import no.lifecase.lifeevent.deathandinheritance.EstateCaseTrigger;
import no.lifecase.lifeevent.havingachild.BirthTrigger;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.lifeevent.newinnorway.MoveToNorwayTrigger;
import no.lifecase.lifeevent.newinnorway.NewInNorway;
import no.lifecase.lifeevent.newinnorway.NewInNorwayModule;
import no.lifecase.lifeevent.startingabusiness.StartingABusiness;
import no.lifecase.lifeevent.startingabusiness.StartingABusinessModule;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisationModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row of the mapping from register events to life events, against cases held in memory. */
class FeedEventRouterTest {

    private static final Random RANDOM = new Random(20261122);

    private final FakeCases cases = new FakeCases();
    /** The life events' triggers, in the order their beans have. */
    private final FeedEventRouter router = new FeedEventRouter(List.of(new BirthTrigger(cases), new DeathTrigger(cases, cases),
            new EstateCaseTrigger(cases), new MoveToNorwayTrigger(cases, cases),
            new NewOrganisationTrigger(StartingABusinessModule.LIFE_EVENT, StartingABusiness.ORGANISATION_FORMS, cases),
            new NewOrganisationTrigger(StartingAVoluntaryOrganisationModule.LIFE_EVENT,
                    StartingAVoluntaryOrganisation.ORGANISATION_FORMS, cases)));
    private final Fodselsnummer person = Fodselsnummer.generate(LocalDate.of(1950, 3, 4), false, true, RANDOM);
    private final Fodselsnummer founder = Fodselsnummer.generate(LocalDate.of(1990, 5, 6), false, true, RANDOM);
    private final Organisasjonsnummer organisation = Organisasjonsnummer.generate(31395502).orElseThrow();
    private int nextId = 1;

    @Test
    void a_newborn_child_opens_having_a_child_for_the_child() {
        var child = Fodselsnummer.generate(LocalDate.of(2026, 11, 20), false, true, RANDOM);

        var outcome = population("personErOpprettet", child, Map.of(FeedEvent.NEWBORN, "true"));

        assertThat(outcome.kind()).isEqualTo(EventOutcome.Kind.OPENED);
        assertThat(outcome.lifeEvent()).isEqualTo(HavingAChildModule.LIFE_EVENT);
        assertThat(outcome.subject()).isEqualTo(child);
        assertThat(cases.opened).singleElement().satisfies(opened -> {
            assertThat(opened.lifeEvent()).isEqualTo(HavingAChildModule.LIFE_EVENT);
            assertThat(opened.subject()).isEqualTo(child);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", ""})
    void a_person_created_without_being_a_newborn_opens_nothing(String newborn) {
        var outcome = population("personErOpprettet", person, Map.of(FeedEvent.NEWBORN, newborn));

        assertSkipped(outcome, SkipReason.NOT_A_NEWBORN);
    }

    @Test
    void a_person_created_without_the_newborn_attribute_opens_nothing() {
        assertSkipped(population("personErOpprettet", person, Map.of()), SkipReason.NOT_A_NEWBORN);
    }

    @Test
    void a_death_opens_death_and_inheritance() {
        var outcome = population("personErDoed", person, Map.of());

        assertThat(outcome.kind()).isEqualTo(EventOutcome.Kind.OPENED);
        assertThat(cases.openedFor(DeathAndInheritanceModule.LIFE_EVENT)).singleElement()
                .satisfies(opened -> assertThat(opened.subject()).isEqualTo(person));
    }

    @Test
    void a_corrected_death_goes_into_the_existing_case_and_never_opens_a_second() {
        var death = population("personErDoed", person, Map.of());

        var reactivated = population("personErReaktivert", person, Map.of());
        var deathAgain = population("personErDoed", person, Map.of());

        assertThat(cases.openedFor(DeathAndInheritanceModule.LIFE_EVENT)).hasSize(1);
        assertThat(reactivated.kind()).isEqualTo(EventOutcome.Kind.CORRELATED);
        assertThat(deathAgain.kind()).isEqualTo(EventOutcome.Kind.CORRELATED);
        assertThat(reactivated.caseReference()).isEqualTo(death.caseReference()).isEqualTo(deathAgain.caseReference());
        assertThat(cases.delivered).extracting(FakeCases.Delivered::messageName)
                .containsExactly(Message.PERSON_REACTIVATED, Message.DEATH_REGISTERED_AGAIN);
    }

    @Test
    void a_stillbirth_registered_on_the_mother_opens_her_case_on_the_careful_path() {
        var outcome = population("endringIFamilierelasjon", person, Map.of(FeedEvent.STILLBIRTH, "true"));

        assertThat(outcome.kind()).isEqualTo(EventOutcome.Kind.OPENED);
        assertThat(cases.openedFor(HavingAChildModule.LIFE_EVENT)).singleElement()
                .satisfies(opened -> assertThat(opened.facts()).containsEntry("stillbirth", true));
    }

    @Test
    void other_changes_of_family_relations_start_nothing() {
        assertSkipped(population("endringIFamilierelasjon", person, Map.of()), SkipReason.NOT_A_TRIGGER);
    }

    @Test
    void a_death_registered_again_after_the_withdrawal_ended_the_case_continues_that_case() {
        var death = population("personErDoed", person, Map.of());
        population("personErReaktivert", person, Map.of());
        cases.end(DeathAndInheritanceModule.LIFE_EVENT, person);   // the model stops the case when the death is withdrawn

        var again = population("personErDoed", person, Map.of());

        assertThat(again.kind()).isEqualTo(EventOutcome.Kind.OPENED);
        assertThat(again.caseReference()).isEqualTo(death.caseReference());
        assertThat(cases.reopened).containsExactly(death.caseReference());
        assertThat(cases.openedFor(DeathAndInheritanceModule.LIFE_EVENT)).hasSize(1);
    }

    @Test
    void a_reactivation_without_a_death_case_is_skipped() {
        assertSkipped(population("personErReaktivert", person, Map.of()), SkipReason.NO_RUNNING_CASE);
        assertThat(cases.opened).isEmpty();
    }

    @Test
    void a_death_case_that_does_not_wait_for_the_correction_skips_it() {
        population("personErDoed", person, Map.of());
        cases.doesNotAwait(Message.PERSON_REACTIVATED);

        assertSkipped(population("personErReaktivert", person, Map.of()), SkipReason.CASE_NOT_WAITING);
    }

    @Test
    void a_person_created_with_a_d_number_opens_new_in_norway_once() {
        var worker = Fodselsnummer.generate(LocalDate.of(1994, 7, 8), true, true, RANDOM);

        var outcome = population("personErOpprettet", worker, Map.of(FeedEvent.NEWBORN, "false"));
        var again = population("personErOpprettet", worker, Map.of(FeedEvent.NEWBORN, "false"));

        assertThat(outcome.kind()).isEqualTo(EventOutcome.Kind.OPENED);
        assertThat(cases.openedFor(NewInNorwayModule.LIFE_EVENT)).singleElement()
                .satisfies(opened -> assertThat(opened.subject()).isEqualTo(worker));
        assertSkipped(again, SkipReason.CASE_ALREADY_RUNNING);
    }

    @Test
    void a_d_number_replaced_by_a_fodselsnummer_only_tells_the_case_of_the_d_number() {
        var worker = Fodselsnummer.generate(LocalDate.of(1994, 7, 8), true, true, RANDOM);
        var opened = population("personErOpprettet", worker, Map.of(FeedEvent.NEWBORN, "false"));

        var replaced = population("endringIIdentifikasjonsnummer", worker, Map.of());

        assertThat(replaced.kind()).isEqualTo(EventOutcome.Kind.CORRELATED);
        assertThat(replaced.caseReference()).isEqualTo(opened.caseReference());
        assertThat(cases.delivered).extracting(FakeCases.Delivered::messageName)
                .containsExactly(NewInNorway.Message.FODSELSNUMMER_ASSIGNED);
        assertThat(cases.openedFor(NewInNorwayModule.LIFE_EVENT)).hasSize(1);
    }

    @Test
    void a_changed_identity_number_opens_nothing() {
        var worker = Fodselsnummer.generate(LocalDate.of(1994, 7, 8), true, true, RANDOM);

        assertSkipped(population("endringIIdentifikasjonsnummer", worker, Map.of()), SkipReason.NO_RUNNING_CASE);
        assertSkipped(population("endringIIdentifikasjonsnummer", person, Map.of()), SkipReason.NOT_A_TRIGGER);
        assertThat(cases.opened).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"personErBosatt", "endringIInnflytting"})
    void moving_to_norway_opens_new_in_norway(String type) {
        var outcome = population(type, person, Map.of());

        assertThat(outcome.kind()).isEqualTo(EventOutcome.Kind.OPENED);
        assertThat(cases.openedFor(NewInNorwayModule.LIFE_EVENT)).singleElement()
                .satisfies(opened -> assertThat(opened.subject()).isEqualTo(person));
    }

    @Test
    void the_second_event_of_one_move_to_norway_finds_the_case_running() {
        population("personErBosatt", person, Map.of());

        var second = population("endringIInnflytting", person, Map.of());

        assertSkipped(second, SkipReason.CASE_ALREADY_RUNNING);
        assertThat(cases.openedFor(NewInNorwayModule.LIFE_EVENT)).hasSize(1);
    }

    @Test
    void a_known_folkeregisteret_event_that_starts_nothing_is_skipped_as_not_a_trigger() {
        assertSkipped(population("endringINavn", person, Map.of()), SkipReason.NOT_A_TRIGGER);
        assertSkipped(population("personErUtflyttet", person, Map.of()), SkipReason.NOT_A_TRIGGER);
    }

    @Test
    void an_unknown_folkeregisteret_event_type_is_skipped_as_unknown() {
        assertSkipped(population("personErTeleportert", person, Map.of()), SkipReason.UNKNOWN_EVENT_TYPE);
    }

    @Test
    void an_invalid_identity_number_is_skipped_without_a_case() {
        var outcome = router.route(FOLKEREGISTERET, new FeedEvent("1", "personErDoed", "12345678901"), "freg/1");

        assertSkipped(outcome, SkipReason.INVALID_IDENTITY_NUMBER);
    }

    @ParameterizedTest
    @CsvSource({"ENK, starting-a-business", "AS, starting-a-business", "NUF, starting-a-business",
            "FLI, starting-a-voluntary-organisation"})
    void a_new_organisation_opens_its_life_event_for_the_founder(String form, String lifeEventId) {
        var outcome = organisations("Ny", organisation.value(), Map.of(FeedEvent.ORGANISATION_FORM, form,
                FeedEvent.FOUNDER, founder.value()));

        var lifeEvent = Stream.of(StartingABusinessModule.LIFE_EVENT, StartingAVoluntaryOrganisationModule.LIFE_EVENT)
                .filter(candidate -> candidate.id().equals(lifeEventId)).findFirst().orElseThrow();
        assertThat(outcome.kind()).isEqualTo(EventOutcome.Kind.OPENED);
        assertThat(outcome.lifeEvent()).isEqualTo(lifeEvent);
        assertThat(cases.opened).singleElement().satisfies(opened -> {
            assertThat(opened.lifeEvent()).isEqualTo(lifeEvent);
            assertThat(opened.subject()).isEqualTo(founder);
            assertThat(opened.organisation()).isEqualTo(organisation);
        });
    }

    @Test
    void a_new_organisation_without_a_founder_is_skipped_and_says_so() {
        var outcome = organisations("Ny", organisation.value(), Map.of(FeedEvent.ORGANISATION_FORM, "AS"));

        assertSkipped(outcome, SkipReason.NO_FOUNDER);
        assertThat(SkipReason.NO_FOUNDER.text()).isEqualTo("no founder in event");
        assertThat(outcome.lifeEvent()).isEqualTo(StartingABusinessModule.LIFE_EVENT);
    }

    @Test
    void a_new_organisation_with_an_invalid_founder_is_skipped() {
        var outcome = organisations("Ny", organisation.value(), Map.of(FeedEvent.ORGANISATION_FORM, "ENK",
                FeedEvent.FOUNDER, "12345678901"));

        assertSkipped(outcome, SkipReason.INVALID_FOUNDER);
    }

    @Test
    void a_new_organisation_of_another_form_is_not_a_trigger() {
        var outcome = organisations("Ny", organisation.value(), Map.of(FeedEvent.ORGANISATION_FORM, "ANS",
                FeedEvent.FOUNDER, founder.value()));

        assertSkipped(outcome, SkipReason.ORGANISATION_FORM_NOT_A_TRIGGER);
    }

    @Test
    void a_new_organisation_without_a_form_is_skipped() {
        assertSkipped(organisations("Ny", organisation.value(), Map.of(FeedEvent.FOUNDER, founder.value())),
                SkipReason.NO_ORGANISATION_FORM);
    }

    @Test
    void a_new_organisation_with_an_invalid_number_is_skipped() {
        var outcome = organisations("Ny", "123456789", Map.of(FeedEvent.ORGANISATION_FORM, "AS",
                FeedEvent.FOUNDER, founder.value()));

        assertSkipped(outcome, SkipReason.INVALID_ORGANISATION_NUMBER);
    }

    @Test
    void other_enhetsregisteret_changes_are_not_triggers_and_unknown_ones_are_unknown() {
        var formAndFounder = Map.of(FeedEvent.ORGANISATION_FORM, "AS", FeedEvent.FOUNDER, founder.value());

        assertSkipped(organisations("Endring", organisation.value(), formAndFounder), SkipReason.NOT_A_TRIGGER);
        assertSkipped(organisations("Sletting", organisation.value(), formAndFounder), SkipReason.NOT_A_TRIGGER);
        assertSkipped(organisations("Omdanning", organisation.value(), formAndFounder), SkipReason.UNKNOWN_EVENT_TYPE);
    }

    @ParameterizedTest
    @CsvSource({"DODSFALLSAK-STATUS_LAGT_TIL, MOTTATT, PRIVAT_SKIFTE", "DODSFALLSAK-STATUS_OPPDATERT, MOTTATT, USKIFTE",
            "DODSFALLSAK-STATUS_OPPDATERT, FERDIGBEHANDLET, PRIVAT_SKIFTE_AV_DODSBO_MED_LITEN_VERDI",
            "DODSFALLSAK-STATUS_OPPDATERT, MOTTATT, OFFENTLIG_SKIFTE"})
    void the_courts_decided_settlement_form_is_delivered_into_the_running_death_case(String type, String status, String form) {
        var death = population("personErDoed", person, Map.of());

        var outcome = court(type, person, Map.of(FeedEvent.COURT_CASE_STATUS, status, FeedEvent.SKIFTEFORM, form,
                FeedEvent.HEIRS, "13858025456,22856220072"));

        assertThat(outcome.kind()).isEqualTo(EventOutcome.Kind.CORRELATED);
        assertThat(outcome.caseReference()).isEqualTo(death.caseReference());
        assertThat(cases.delivered).singleElement().satisfies(delivered -> {
            assertThat(delivered.messageName()).isEqualTo(Message.ESTATE_SETTLEMENT_DECIDED);
            assertThat(delivered.variables()).containsEntry(Variable.SETTLEMENT_FORM, form);
            assertThat(((org.camunda.bpm.engine.variable.value.ObjectValue) delivered.variables().get("estateHeirs")).getValue())
                    .isEqualTo(List.of("13858025456", "22856220072"));
        });
        assertThat(cases.opened).hasSize(1);
    }

    @Test
    void a_finished_public_settlement_is_delivered_as_the_estate_settled() {
        population("personErDoed", person, Map.of());

        var outcome = court("DODSFALLSAK-STATUS_OPPDATERT", person,
                Map.of(FeedEvent.COURT_CASE_STATUS, "FERDIGBEHANDLET", FeedEvent.SKIFTEFORM, "OFFENTLIG_SKIFTE"));

        assertThat(outcome.kind()).isEqualTo(EventOutcome.Kind.CORRELATED);
        assertThat(cases.delivered).extracting(FakeCases.Delivered::messageName).containsExactly(Message.ESTATE_SETTLED);
    }

    @Test
    void a_finished_public_settlement_reaches_a_case_still_waiting_for_the_decision_as_the_decision() {
        population("personErDoed", person, Map.of());
        cases.doesNotAwait(Message.ESTATE_SETTLED);

        var outcome = court("DODSFALLSAK-STATUS_OPPDATERT", person,
                Map.of(FeedEvent.COURT_CASE_STATUS, "FERDIGBEHANDLET", FeedEvent.SKIFTEFORM, "OFFENTLIG_SKIFTE"));

        assertThat(outcome.kind()).isEqualTo(EventOutcome.Kind.CORRELATED);
        assertThat(cases.delivered).singleElement().satisfies(delivered -> {
            assertThat(delivered.messageName()).isEqualTo(Message.ESTATE_SETTLEMENT_DECIDED);
            assertThat(delivered.variables()).containsEntry(Variable.SETTLEMENT_FORM, "OFFENTLIG_SKIFTE");
        });
    }

    @ParameterizedTest
    @CsvSource({"MOTTATT, IKKE_AVGJORT", "MOTTATT, ''", "FEILFORT, PRIVAT_SKIFTE"})
    void a_court_update_without_a_decision_or_registered_in_error_delivers_nothing(String status, String form) {
        population("personErDoed", person, Map.of());

        var outcome = court("DODSFALLSAK-STATUS_OPPDATERT", person,
                Map.of(FeedEvent.COURT_CASE_STATUS, status, FeedEvent.SKIFTEFORM, form));

        assertSkipped(outcome, SkipReason.NOT_A_TRIGGER);
        assertThat(cases.delivered).isEmpty();
    }

    @Test
    void a_court_estate_update_without_a_death_case_is_skipped_and_opens_nothing() {
        var outcome = court("DODSFALLSAK-STATUS_LAGT_TIL", person,
                Map.of(FeedEvent.COURT_CASE_STATUS, "MOTTATT", FeedEvent.SKIFTEFORM, "USKIFTE"));

        assertSkipped(outcome, SkipReason.NO_RUNNING_CASE);
        assertThat(cases.opened).isEmpty();
    }

    @Test
    void an_unknown_court_event_type_is_skipped_as_unknown() {
        population("personErDoed", person, Map.of());

        assertSkipped(court("DODSFALLSAK-SLETTET", person, Map.of()), SkipReason.UNKNOWN_EVENT_TYPE);
        assertThat(cases.delivered).isEmpty();
    }

    private EventOutcome population(String type, Fodselsnummer subject, Map<String, String> attributes) {
        return route(FOLKEREGISTERET, type, subject.value(), attributes);
    }

    private EventOutcome organisations(String type, String organisationNumber, Map<String, String> attributes) {
        return route(ENHETSREGISTERET, type, organisationNumber, attributes);
    }

    private EventOutcome court(String type, Fodselsnummer deceased, Map<String, String> attributes) {
        return route(DOMSTOL, type, deceased.value(), attributes);
    }

    private EventOutcome route(RegisterFeed register, String type, String subject, Map<String, String> attributes) {
        var id = String.valueOf(nextId++);
        return router.route(register, new FeedEvent(id, type, subject, attributes), register.feedName() + "/" + id);
    }

    private static void assertSkipped(EventOutcome outcome, SkipReason reason) {
        assertThat(outcome.kind()).isEqualTo(EventOutcome.Kind.SKIPPED);
        assertThat(outcome.skipReason()).isEqualTo(reason);
    }
}

package no.lifecase.lifeevent.seriouslyillchild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberType;
import no.lifecase.identity.InvalidIdentityNumber;
import no.lifecase.lifeevent.CitizenStart;
import no.lifecase.lifeevent.CitizenStartDecision.Open;
import no.lifecase.lifeevent.CitizenStartDecision.Refused;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Variable;
import no.lifecase.register.folkeregisteret.FolkeregisteretClient;
import no.lifecase.register.folkeregisteret.Folkeregisterperson;
import no.lifecase.register.inntekt.Grunnbelop;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;

/** Who may start "seriously ill child", decided on the child's document in Folkeregisteret (mocked here). */
class SeriouslyIllChildStartTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);
    private static final Fodselsnummer MOTHER = Fodselsnummer.parse("15839049843");
    private static final Fodselsnummer FATHER = Fodselsnummer.parse("02918849923");
    private static final Fodselsnummer NEIGHBOUR = Fodselsnummer.generate(LocalDate.of(1980, 6, 1), 100, false, true).orElseThrow();
    private static final Fodselsnummer CHILD = Fodselsnummer.generate(LocalDate.of(2018, 9, 12), 500, false, true).orElseThrow();
    private static final Fodselsnummer ADULT_CHILD = Fodselsnummer.generate(LocalDate.of(2008, 5, 4), 500, false, true).orElseThrow();

    private final FolkeregisteretClient folkeregisteret = mock(FolkeregisteretClient.class);
    private final Grunnbelop grunnbelop = mock(Grunnbelop.class);
    private final SeriouslyIllChildStart start = new SeriouslyIllChildStart(folkeregisteret, grunnbelop, CLOCK);

    @Test
    void a_parent_with_parental_responsibility_opens_a_case_about_the_child_that_both_parents_may_follow() throws Exception {
        given(CHILD, child("2018-09-12", "bosatt", null, true));
        when(grunnbelop.on(LocalDate.now(CLOCK))).thenReturn(130_160L);

        var decision = start.decide(MOTHER, answers(CHILD.value()));

        assertThat(decision).isInstanceOf(Open.class);
        var open = (Open) decision;
        assertThat(open.subject()).isEqualTo(CHILD);
        assertThat(open.variables())
                .containsEntry(Variable.APPLICANT, MOTHER.value())
                .containsEntry(Variable.CHILD_AGE, 7)
                .containsEntry(Variable.TREATING_HOSPITAL, "ous")
                .containsEntry(Variable.HOSPITALISED, true)
                .containsEntry(Variable.EMPLOYMENT, "employee")
                .containsEntry(Variable.ANNUAL_INCOME, 540000L)
                .containsEntry(Variable.BASIC_AMOUNT, 130_160L)
                .doesNotContainKey(Variable.CHILD);
        var parents = (ObjectValue) open.variables().get(Variable.PARENTS_WITH_RESPONSIBILITY);
        assertThat(parents.getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(parents.getValue()).isEqualTo(List.of(MOTHER.value(), FATHER.value()));
        assertThat(lifeEventOf(start)).isEqualTo(SeriouslyIllChildModule.LIFE_EVENT);
    }

    @Test
    void the_other_parent_with_responsibility_may_start_it_too() throws Exception {
        given(CHILD, child("2018-09-12", "bosatt", null, true));

        assertThat(start.decide(FATHER, answers(CHILD.value()))).isInstanceOf(Open.class);
    }

    @Test
    void a_person_without_parental_responsibility_is_refused_and_learns_nothing_about_the_child() throws Exception {
        given(CHILD, child("2018-09-12", "bosatt", null, true));

        assertThat(start.decide(NEIGHBOUR, answers(CHILD.value())))
                .isEqualTo(new Refused("child", SeriouslyIllChildStart.NOT_YOUR_CHILD));
    }

    @Test
    void an_unknown_number_gets_the_same_answer_as_someone_elses_child() {
        when(folkeregisteret.person(CHILD, SeriouslyIllChildStart.CHILD_PARTS)).thenReturn(Optional.empty());

        assertThat(start.decide(MOTHER, answers(CHILD.value())))
                .isEqualTo(new Refused("child", SeriouslyIllChildStart.NOT_YOUR_CHILD));
    }

    @Test
    void the_parents_own_number_is_refused_without_asking_the_register() {
        assertThat(start.decide(MOTHER, answers(MOTHER.value()))).isEqualTo(new Refused("child", SeriouslyIllChildStart.NOT_YOUR_CHILD));
        verifyNoInteractions(folkeregisteret);
    }

    @Test
    void the_childs_number_is_checked_as_a_fodselsnummer_before_the_rule_decides() {
        assertThat(start.identityNumberFields()).containsExactly(Map.entry("child", IdentityNumberType.FODSELSNUMMER));
    }

    @Test
    void an_invalid_number_never_becomes_a_refusal_nor_a_register_read() {
        assertThatThrownBy(() -> start.decide(MOTHER, answers("12345678901")))
                .isInstanceOfSatisfying(InvalidIdentityNumber.class, e -> assertThat(e.field()).isEqualTo("child"))
                .hasMessageNotContaining("12345678901");
        verifyNoInteractions(folkeregisteret);
    }

    @Test
    void a_parent_whose_responsibility_the_register_does_not_record_is_told_so() throws Exception {
        given(CHILD, child("2018-09-12", "bosatt", null, false));

        assertThat(start.decide(MOTHER, answers(CHILD.value())))
                .isEqualTo(new Refused("child", SeriouslyIllChildStart.NO_PARENTAL_RESPONSIBILITY));
    }

    @Test
    void a_child_of_18_is_refused_even_if_the_register_still_records_the_responsibility() throws Exception {
        given(ADULT_CHILD, child("2008-05-04", "bosatt", null, true));

        assertThat(start.decide(MOTHER, answers(ADULT_CHILD.value())))
                .isEqualTo(new Refused("child", SeriouslyIllChildStart.CHILD_ADULT));
    }

    @Test
    void a_child_of_18_whose_responsibility_has_ended_is_refused_as_an_adult() throws Exception {
        given(ADULT_CHILD, child("2008-05-04", "bosatt", null, false));

        assertThat(start.decide(MOTHER, answers(ADULT_CHILD.value())))
                .isEqualTo(new Refused("child", SeriouslyIllChildStart.CHILD_ADULT));
    }

    @Test
    void a_child_who_has_died_is_refused() throws Exception {
        given(CHILD, child("2018-09-12", "doed", "2026-04-20", true));

        assertThat(start.decide(MOTHER, answers(CHILD.value())))
                .isEqualTo(new Refused("child", SeriouslyIllChildStart.CHILD_DEAD));
    }

    @Test
    void a_parent_without_work_states_no_income() throws Exception {
        given(CHILD, child("2018-09-12", "bosatt", null, true));
        var answers = answers(CHILD.value());
        answers.put("employment", "not-working");
        answers.remove("annualIncome");
        answers.put("hospitalised", false);

        var open = (Open) start.decide(MOTHER, answers);

        assertThat(open.variables()).containsEntry(Variable.ANNUAL_INCOME, null).containsEntry(Variable.HOSPITALISED, false);
    }

    // ---------------------------------------------------------------------------------------------------------

    private void given(Fodselsnummer child, Folkeregisterperson document) {
        when(folkeregisteret.person(child, SeriouslyIllChildStart.CHILD_PARTS)).thenReturn(Optional.of(document));
    }

    /** The child's document: mother and father related; both with parental responsibility if {@code responsibility}. */
    private static Folkeregisterperson child(String born, String status, String died, boolean responsibility) throws Exception {
        var json = """
                {"foedsel":[{"foedselsaar":"%s","foedselsdato":"%s"}],
                 "status":[{"status":"%s"}],
                 %s
                 "familierelasjon":[{"relatertPerson":"%s","relatertPersonsRolle":"mor","minRolleForPerson":"barn"},
                                    {"relatertPerson":"%s","relatertPersonsRolle":"far","minRolleForPerson":"barn"}],
                 "foreldreansvar":%s}
                """.formatted(born.substring(0, 4), born, status,
                died == null ? "" : "\"doedsfall\":{\"doedsdato\":\"" + died + "\"},",
                MOTHER.value(), FATHER.value(),
                responsibility ? "[{\"ansvar\":\"felles\",\"ansvarlig\":\"%s\"},{\"ansvar\":\"felles\",\"ansvarlig\":\"%s\"}]"
                        .formatted(MOTHER.value(), FATHER.value()) : "[]");
        return JsonMapper.builder().addModule(new JavaTimeModule()).build().readValue(json, Folkeregisterperson.class);
    }

    /** The start form's answers, as the portal hands them over after checking them against the form. */
    private static Map<String, Object> answers(String child) {
        var answers = new HashMap<String, Object>();
        answers.put("child", child);
        answers.put("treatingHospital", "ous");
        answers.put("hospitalised", true);
        answers.put("employment", "employee");
        answers.put("annualIncome", 540000);
        return answers;
    }

    private static LifeEvent lifeEventOf(CitizenStart rule) {
        return rule.lifeEvent();
    }
}

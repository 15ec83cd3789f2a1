package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.lifecase.casefile.CaseNotFound;
import no.lifecase.casefile.AccessPurposes;
import no.lifecase.casefile.CasePages;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.CaseStatus;
import no.lifecase.casefile.CaseTasks;
import no.lifecase.casefile.LifeEventCase;
import no.lifecase.casefile.Representation;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.language.Language;
import no.lifecase.modeltext.DeployedModelTexts;
import org.springframework.context.MessageSource;
import no.lifecase.lifeevent.ShippedLifeEvents;
import org.junit.jupiter.api.Test;

/** The authorization check: a citizen sees their own cases and those of people they represent, and nothing else. */
class CitizenCasesTest {

    private static final Fodselsnummer CITIZEN = Fodselsnummer.parse("03851598730");
    private static final Fodselsnummer CHILD = Fodselsnummer.parse("41819077302");
    private static final Fodselsnummer STRANGER = Fodselsnummer.parse("30908299902");

    private final CaseService caseService = mock(CaseService.class);
    private final CasePages pages = mock(CasePages.class);
    private final CaseTasks tasks = mock(CaseTasks.class);

    @Test
    void the_subject_sees_their_own_case() {
        var own = caseOf("LE-2026-000001", CITIZEN);

        assertThat(subjectOnly().find(CITIZEN, "LE-2026-000001")).contains(own);
    }

    @Test
    void another_persons_case_is_as_missing_as_a_case_that_does_not_exist() {
        caseOf("LE-2026-000002", STRANGER);
        when(caseService.find(CaseReference.of("LE-2026-000404"))).thenReturn(Optional.empty());

        var cases = subjectOnly();

        assertThat(cases.find(CITIZEN, "LE-2026-000002")).isEmpty();
        assertThat(cases.find(CITIZEN, "LE-2026-000404")).isEmpty();
        assertThatThrownBy(() -> cases.details(CITIZEN, "LE-2026-000002", Language.NB)).isInstanceOf(CaseNotFound.class)
                .hasMessage(new CaseNotFound().getMessage());
        assertThat(cases.task(CITIZEN, "LE-2026-000002", "task-1")).isEmpty();
        verifyNoInteractions(pages, tasks);
    }

    @Test
    void a_reference_that_is_no_case_reference_is_not_looked_up() {
        assertThat(subjectOnly().find(CITIZEN, "../../etc/passwd")).isEmpty();
        assertThat(subjectOnly().find(CITIZEN, null)).isEmpty();
        verifyNoInteractions(caseService);
    }

    @Test
    void a_representative_sees_the_cases_of_those_they_represent_and_still_not_a_strangers() {
        var childsCase = caseOf("LE-2026-000003", CHILD);
        caseOf("LE-2026-000004", STRANGER);
        var parent = citizenCases(person -> person.equals(CITIZEN) ? Set.of(CHILD) : Set.of());

        assertThat(parent.find(CITIZEN, "LE-2026-000003")).contains(childsCase);
        assertThat(parent.find(CITIZEN, "LE-2026-000004")).isEmpty();
        assertThat(parent.mayAccess(CHILD, CITIZEN)).isFalse();
    }

    @Test
    void my_cases_are_my_own_and_those_i_represent_newest_first() {
        var older = caseOf("LE-2026-000005", CITIZEN, Instant.parse("2026-01-01T10:00:00Z"));
        var newer = caseOf("LE-2026-000006", CHILD, Instant.parse("2026-02-01T10:00:00Z"));
        when(caseService.casesOf(CITIZEN)).thenReturn(List.of(older));
        when(caseService.casesOf(CHILD)).thenReturn(List.of(newer));

        var list = citizenCases(person -> Set.of(CHILD)).of(CITIZEN);

        assertThat(list).extracting(CaseSummary::reference).containsExactly("LE-2026-000006", "LE-2026-000005");
    }

    @Test
    void a_board_member_sees_the_case_of_the_organisation_but_not_the_founders_other_cases() {
        var organisationCase = caseOf("LE-2026-000007", CHILD);
        caseOf("LE-2026-000008", CHILD);
        when(caseService.casesOf(CITIZEN)).thenReturn(List.of());
        var boardMember = citizenCases(new Representation() {
            @Override
            public Set<Fodselsnummer> representedBy(Fodselsnummer person) {
                return Set.of();
            }

            @Override
            public Set<String> casesActedInBy(Fodselsnummer person) {
                return person.equals(CITIZEN) ? Set.of("LE-2026-000007") : Set.of();
            }
        });

        assertThat(boardMember.find(CITIZEN, "LE-2026-000007")).contains(organisationCase);
        assertThat(boardMember.find(CITIZEN, "LE-2026-000008")).isEmpty();
        assertThat(boardMember.of(CITIZEN)).extracting(CaseSummary::reference).containsExactly("LE-2026-000007");
    }

    private CitizenCases subjectOnly() {
        return citizenCases(person -> Set.of());
    }

    private CitizenCases citizenCases(Representation representation) {
        return new CitizenCases(caseService, pages, tasks, representation, ShippedLifeEvents.all(),
                mock(CitizenTimeline.class), mock(DeployedModelTexts.class), mock(AgencyNames.class), mock(MessageSource.class),
                new AccessPurposes(ShippedLifeEvents.all()), mock(CitizenSigning.class));
    }

    private LifeEventCase caseOf(String reference, Fodselsnummer subject) {
        return caseOf(reference, subject, Instant.parse("2026-03-01T10:00:00Z"));
    }

    private LifeEventCase caseOf(String reference, Fodselsnummer subject, Instant openedAt) {
        var lifeEventCase = mock(LifeEventCase.class);
        when(lifeEventCase.reference()).thenReturn(CaseReference.of(reference));
        when(lifeEventCase.subject()).thenReturn(subject);
        when(lifeEventCase.lifeEventId()).thenReturn("having-a-child");
        when(lifeEventCase.status()).thenReturn(CaseStatus.OPEN);
        when(lifeEventCase.openedAt()).thenReturn(openedAt);
        when(caseService.find(CaseReference.of(reference))).thenReturn(Optional.of(lifeEventCase));
        return lifeEventCase;
    }
}

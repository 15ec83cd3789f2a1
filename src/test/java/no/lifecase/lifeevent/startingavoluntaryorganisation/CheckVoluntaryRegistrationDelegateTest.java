package no.lifecase.lifeevent.startingavoluntaryorganisation;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisationModule;
import no.lifecase.register.frivillighetsregisteret.FrivilligOrganisasjon;
import no.lifecase.register.frivillighetsregisteret.FrivillighetsregisteretClient;
import no.lifecase.register.frivillighetsregisteret.VoluntaryRegistrationLookup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the process learns from Frivillighetsregisteret, with the client mocked; every read is logged, also "not there". */
class CheckVoluntaryRegistrationDelegateTest {

    private static final CaseReference CASE = CaseReference.of("LE-2026-000042");
    private static final Organisasjonsnummer NUMBER = Organisasjonsnummer.parse("310000043");

    private final FrivillighetsregisteretClient client = mock(FrivillighetsregisteretClient.class);
    private final DataAccessLog accessLog = mock(DataAccessLog.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final CasePurpose purpose = mock(CasePurpose.class);
    private final CheckVoluntaryRegistrationDelegate delegate =
            new CheckVoluntaryRegistrationDelegate(new VoluntaryRegistrationLookup(client, accessLog, purpose));

    @BeforeEach
    void aCaseAboutAnOrganisation() {
        when(execution.getProcessBusinessKey()).thenReturn(CASE.value());
        when(purpose.of(CASE)).thenReturn(StartingAVoluntaryOrganisationModule.LIFE_EVENT.accessPurpose());
        when(execution.getVariable("organisationNumber")).thenReturn(NUMBER.value());
    }

    @Test
    void a_registered_organisation_in_grasrotandelen() {
        when(client.organisasjon(NUMBER)).thenReturn(Optional.of(new FrivilligOrganisasjon(NUMBER.value(), "REGISTRERT", null,
                null, null, new FrivilligOrganisasjon.Grasrotandel(true, null), null, null, List.of())));

        delegate.execute(execution);

        verify(execution).setVariable("registeredInFrivillighetsregisteret", true);
        verify(execution).setVariable("takesPartInGrasrotandel", true);
        verify(accessLog).record(CASE, "frivillighetsregisteret", StartingAVoluntaryOrganisationModule.LIFE_EVENT.accessPurpose(),
                NUMBER.value(), VoluntaryRegistrationLookup.FIELDS);
    }

    @Test
    void an_organisation_not_in_the_register() {
        when(client.organisasjon(NUMBER)).thenReturn(Optional.empty());

        delegate.execute(execution);

        verify(execution).setVariable("registeredInFrivillighetsregisteret", false);
        verify(execution).setVariable("takesPartInGrasrotandel", false);
        verify(accessLog).record(CASE, "frivillighetsregisteret", StartingAVoluntaryOrganisationModule.LIFE_EVENT.accessPurpose(),
                NUMBER.value(), VoluntaryRegistrationLookup.FIELDS);
    }
}

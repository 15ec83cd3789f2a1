package no.lifecase.register.frivillighetsregisteret;

import java.util.List;
import java.util.Optional;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Organisasjonsnummer;
import org.springframework.stereotype.Service;

/** Reads an organisation's entry in Frivillighetsregisteret and logs the read on the case. */
@Service
public class VoluntaryRegistrationLookup {

    public static final List<String> FIELDS = List.of("frivilligOrganisasjonsstatus", "grasrotandel.deltarI");

    private final FrivillighetsregisteretClient frivillighetsregisteret;
    private final DataAccessLog accessLog;
    private final CasePurpose purpose;

    public VoluntaryRegistrationLookup(FrivillighetsregisteretClient frivillighetsregisteret, DataAccessLog accessLog, CasePurpose purpose) {
        this.purpose = purpose;
        this.frivillighetsregisteret = frivillighetsregisteret;
        this.accessLog = accessLog;
    }

    /** The entry; empty when the organisation is not registered in Frivillighetsregisteret. */
    public Optional<FrivilligOrganisasjon> of(Organisasjonsnummer organisasjonsnummer, CaseReference caseReference) {
        var entry = frivillighetsregisteret.organisasjon(organisasjonsnummer);
        // Asking is a read even when the answer is "not registered", so it is logged either way.
        accessLog.record(caseReference, FrivillighetsregisteretClient.REGISTER, purpose.of(caseReference),
                organisasjonsnummer.value(), FIELDS);
        return entry;
    }
}

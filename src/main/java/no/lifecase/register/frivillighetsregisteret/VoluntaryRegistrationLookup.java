package no.lifecase.register.frivillighetsregisteret;

import java.util.List;
import java.util.Optional;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Organisasjonsnummer;
import org.springframework.stereotype.Service;

/** Reads an organisation's entry in Frivillighetsregisteret and logs the read on the case. */
@Service
public class VoluntaryRegistrationLookup {

    static final List<String> FIELDS = List.of("frivilligOrganisasjonsstatus", "grasrotandel.deltarI");

    private final FrivillighetsregisteretClient frivillighetsregisteret;
    private final DataAccessLog accessLog;

    VoluntaryRegistrationLookup(FrivillighetsregisteretClient frivillighetsregisteret, DataAccessLog accessLog) {
        this.frivillighetsregisteret = frivillighetsregisteret;
        this.accessLog = accessLog;
    }

    /** The entry; empty when the organisation is not registered in Frivillighetsregisteret. */
    public Optional<FrivilligOrganisasjon> of(Organisasjonsnummer organisasjonsnummer, CaseReference caseReference) {
        var entry = frivillighetsregisteret.organisasjon(organisasjonsnummer);
        // Asking is a read even when the answer is "not registered", so it is logged either way.
        accessLog.record(caseReference, FrivillighetsregisteretClient.REGISTER, AccessPurpose.STARTING_A_VOLUNTARY_ORGANISATION,
                organisasjonsnummer.value(), FIELDS);
        return entry;
    }
}

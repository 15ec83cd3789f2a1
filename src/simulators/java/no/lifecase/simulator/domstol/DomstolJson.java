package no.lifecase.simulator.domstol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.lifecase.simulator.domstol.SimulatedEstateCase.Heir;

/**
 * The simulated cases and events in the courts' JSON (docs/domain.md#courts-estate-feed), spelled as the courts' 2026
 * test data spells them ({@code avdode}, {@code embete}, boolean {@code formuesfullmakt}). Its own records, not the
 * client's DTOs: the contract tests then prove the client reads what the courts write.
 */
final class DomstolJson {

    static final String SOURCE = "https://domstol.no";

    private DomstolJson() {
    }

    static CloudEvent event(SimulatedCourts.Event event, String apiBaseUrl) {
        return new CloudEvent("1.0", event.id(), SOURCE, event.type(), "application/json", event.time(),
                new Data(apiBaseUrl + "/objects/" + event.sakId()));
    }

    static Sak sak(SimulatedEstateCase estateCase) {
        var parties = estateCase.heirs().stream()
                .map(heir -> new Part("Person", heir.identityNumber(), heir.role(), true,
                        estateCase.decided(), heir.takesOnDebt(), estateCase.isDecided(), heir.takesOnDebt()))
                .toList();
        var attest = estateCase.heirsOnAttest().isEmpty() ? null : new Skifteattest(
                estateCase.heirsOnAttest().stream().map(DomstolJson::arving).toList(), estateCase.resultatType());
        return new Sak(estateCase.sakId(), estateCase.saksnummer(), estateCase.deceased(), estateCase.court().courtName(),
                estateCase.court().name(), estateCase.status(), parties, estateCase.received(), estateCase.deadline(),
                estateCase.skifteform(), estateCase.resultatType(), attest);
    }

    private static Arving arving(Heir heir) {
        return new Arving("Person", heir.identityNumber(), heir.takesOnDebt());
    }

    record CloudEvent(String specversion, UUID id, String source, String type, String datacontenttype, Instant time,
                      Data data) {
    }

    record Data(@JsonProperty("@id") String id) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Sak(UUID sakId, String saksnummer, String avdode, String embete, String embeteId, String status,
               List<Part> parter, LocalDate receivedDate, LocalDate deadlineDate, String skifteform, String resultatType,
               Skifteattest skifteattest) {
    }

    /**
     * @param mottakerOriginalSkifteattest who receives the original certificate: here the heirs taking on the debt
     */
    record Part(String type, String nin, String role, boolean formuesfullmakt, LocalDate signertDato,
                boolean paatarGjeldsansvar, boolean godkjennerSkifteattest, boolean mottakerOriginalSkifteattest) {
    }

    record Skifteattest(List<Arving> arvinger, String resultat) {
    }

    record Arving(String type, String nin, boolean paatarGjeldsansvar) {
    }
}

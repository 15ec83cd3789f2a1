package no.lifecase.simulator.domstol;

import java.util.List;
import java.util.UUID;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.simulator.domstol.SimulatedEstateCase.Heir;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Scenarios for the estate after a death: the district court registers a death case (event
 * {@code DODSFALLSAK-STATUS_LAGT_TIL}), and later the heirs' choice of skifteform ({@code DODSFALLSAK-STATUS_OPPDATERT}).
 */
@RestController
@Profile("simulators")
class EstateScenarioController {

    private final SimulatedCourts courts;

    EstateScenarioController(SimulatedCourts courts) {
        this.courts = courts;
    }

    /**
     * @param skifteform the courts' code; IKKE_AVGJORT (the default) only opens the case
     * @param heirs      the parties; the deceased's living spouse and children if absent
     * @param embeteId   the court, e.g. TOSL; the court where the deceased lived if absent
     */
    record Opening(String deceased, String skifteform, List<HeirRequest> heirs, Court embeteId) {
    }

    record Decision(String skifteform, List<HeirRequest> heirs) {
    }

    /** @param role the courts' party role; BARN if absent */
    record HeirRequest(String identityNumber, String role, boolean takesOnDebt) {
    }

    record Emitted(UUID sakId, String saksnummer, String skifteform, List<UUID> eventIds) {
    }

    @PostMapping("/sim/domstol/dodsbo")
    ResponseEntity<Emitted> open(@RequestBody Opening opening) {
        var deceased = Fodselsnummer.parse(opening.deceased(), "deceased").value();
        var skifteform = opening.skifteform() == null ? SimulatedCourts.UNDECIDED : opening.skifteform();
        var emitted = courts.open(deceased, skifteform, heirs(opening.heirs()), opening.embeteId());
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(DomstolSimulatorController.API + "/objects/{uuid}").build(emitted.estateCase().sakId());
        return ResponseEntity.created(location).body(answer(emitted));
    }

    @PostMapping("/sim/domstol/dodsbo/{sakId}/skifteform")
    Emitted decide(@PathVariable UUID sakId, @RequestBody Decision decision) {
        return answer(courts.decide(sakId, decision.skifteform(), heirs(decision.heirs())));
    }

    @ExceptionHandler(EstateScenarioRefused.class)
    ProblemDetail refused(EstateScenarioRefused e) {
        var problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle("The courts would not have this case");
        problem.setProperty("field", e.field());
        return problem;
    }

    private static List<Heir> heirs(List<HeirRequest> heirs) {
        return heirs == null ? null : heirs.stream()
                .map(heir -> new Heir(Fodselsnummer.parse(heir.identityNumber(), "heirs").value(),
                        heir.role() == null ? "BARN" : heir.role(), heir.takesOnDebt()))
                .toList();
    }

    private static Emitted answer(SimulatedCourts.Emitted emitted) {
        var estateCase = emitted.estateCase();
        return new Emitted(estateCase.sakId(), estateCase.saksnummer(), estateCase.skifteform(), emitted.eventIds());
    }
}

package no.lifecase.simulator.enhetsregisteret;

import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Scenario: someone founds an organisation. Enhetsregisteret registers it and announces it in its update feed as
 * {@code Ny}, which is what starts the life events "starting a business" and "starting a voluntary organisation".
 */
@RestController
@Profile("simulators")
class OrganisationScenarioController {

    private final SimulatedEnhetsregister register;

    OrganisationScenarioController(SimulatedEnhetsregister register) {
        this.register = register;
    }

    /**
     * @param founder                           the fødselsnummer of a living adult of the population: owner of an
     *                                          ENK, daglig leder and board leader of an AS, board leader of an FLI
     * @param boardMembers                      the other board members; drawn from the founder's municipality if absent
     * @param registerInFrivillighetsregisteret for an FLI; true if absent
     */
    record Founding(OrganisationForm organisationForm, String name, String founder, Integer employees,
                    Boolean vatRegistered, Boolean registerInFrivillighetsregisteret, List<String> boardMembers) {
    }

    record Founded(String organisasjonsnummer, long oppdateringsid, OrganisationForm organisationForm, String name) {
    }

    @PostMapping("/sim/enhetsregisteret/organisasjoner")
    ResponseEntity<Founded> found(@RequestBody Founding founding) {
        if (founding.organisationForm() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "organisationForm is required: ENK, AS or FLI");
        }
        if (founding.employees() != null && founding.employees() < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "employees cannot be negative");
        }
        var founder = Fodselsnummer.parse(founding.founder(), "founder");
        var boardMembers = founding.boardMembers() == null ? null
                : founding.boardMembers().stream().map(member -> Fodselsnummer.parse(member, "boardMembers").value()).toList();
        var voluntaryRegister = founding.registerInFrivillighetsregisteret() == null
                ? Boolean.valueOf(founding.organisationForm() == OrganisationForm.FLI) : founding.registerInFrivillighetsregisteret();
        var founded = register.found(founding.organisationForm(), founder.value(), founding.name(), founding.employees(),
                founding.vatRegistered(), voluntaryRegister, boardMembers);
        var unit = founded.unit();
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/enhetsregisteret/api/enheter/{organisasjonsnummer}").build(unit.organisationNumber());
        return ResponseEntity.created(location)
                .body(new Founded(unit.organisationNumber(), founded.update().oppdateringsid(), unit.form(), unit.name()));
    }

    @ExceptionHandler(FoundingRefused.class)
    ProblemDetail refused(FoundingRefused e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Cannot found this organisation");
        problem.setProperty("field", e.field());
        return problem;
    }
}

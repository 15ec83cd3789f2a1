package no.lifecase.simulator.krr;

import java.util.Arrays;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Scenario: a person reserves themselves, loses their contact details, and so on. Tests use it to know how a
 * given person will be reached, instead of searching the population for one.
 */
@RestController
@Profile("simulators")
class KrrScenarioController {

    private final SimulatedKrr krr;

    KrrScenarioController(SimulatedKrr krr) {
        this.krr = krr;
    }

    record Choice(ContactProfile profile) {
    }

    @GetMapping("/sim/krr/personer/{identityNumber}")
    Choice profile(@PathVariable String identityNumber) {
        return new Choice(krr.profileOf(Fodselsnummer.parse(identityNumber, "identityNumber").value()));
    }

    @PutMapping("/sim/krr/personer/{identityNumber}")
    Choice choose(@PathVariable String identityNumber, @RequestBody Choice profile) {
        if (profile.profile() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "profile is required: one of " + Arrays.toString(ContactProfile.values()));
        }
        var number = Fodselsnummer.parse(identityNumber, "identityNumber").value();
        krr.choose(number, profile.profile());
        return new Choice(krr.profileOf(number));
    }

    /** Undoes a choice: the person has the profile the seed gives them again. */
    @DeleteMapping("/sim/krr/personer/{identityNumber}")
    Choice forget(@PathVariable String identityNumber) {
        var number = Fodselsnummer.parse(identityNumber, "identityNumber").value();
        krr.forget(number);
        return new Choice(krr.profileOf(number));
    }
}

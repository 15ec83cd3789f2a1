package no.lifecase.simulator.nav;

import java.util.List;
import java.util.Map;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.InvalidIdentityNumber;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Aa-registeret's arbeidstaker API at its path, {@code GET /aareg-services/api/v1/arbeidstaker/arbeidsforhold}, with
 * the person in the {@code Nav-Personident} header, answering in the shape of its v1 JSON. The Maskinporten scope is
 * checked by {@link NavRegisterSecurity}.
 */
@RestController
@Profile("simulators")
class AaregisteretSimulatorController {

    private final SimulatedWorkHistory work;

    AaregisteretSimulatorController(SimulatedWorkHistory work) {
        this.work = work;
    }

    @GetMapping("/aareg-services/api/v1/arbeidstaker/arbeidsforhold")
    List<Map<String, Object>> arbeidsforhold(@RequestHeader("Nav-Personident") String person) {
        try {
            Fodselsnummer.parse(person, "Nav-Personident");
        } catch (InvalidIdentityNumber e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Nav-Personident is not a valid identity number");
        }
        return work.employmentsOf(person).stream().map(AaregisteretSimulatorController::json).toList();
    }

    static Map<String, Object> json(SimulatedWorkHistory.Employment employment) {
        var period = new java.util.LinkedHashMap<String, Object>();
        period.put("fom", employment.start().toString());
        period.put("tom", employment.end() == null ? null : employment.end().toString());
        return Map.of(
                "navArbeidsforholdId", employment.id(),
                "type", "ordinaertArbeidsforhold",
                "arbeidsgiver", Map.of("type", "Organisasjon", "organisasjonsnummer", employment.employer()),
                "ansettelsesperiode", Map.of("periode", period),
                "arbeidsavtaler", List.of(Map.of("stillingsprosent", employment.percentage(), "yrke", "0000000")));
    }
}

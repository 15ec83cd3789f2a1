package no.lifecase.simulator.frivillighetsregisteret;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.lifecase.simulator.enhetsregisteret.SimulatedEnhetsregister;
import no.lifecase.simulator.enhetsregisteret.SimulatedUnit;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Frivillighetsregisteret's open data API at {@code /frivillighetsregisteret/api}
 * (docs/domain.md#frivillighetsregisteret): the voluntary organisations of the simulated Enhetsregister that registered
 * here too.
 */
@RestController
@Profile("simulators")
class FrivillighetsregisteretSimulatorController {

    private static final String API = "/frivillighetsregisteret/api";

    private final SimulatedEnhetsregister enhetsregisteret;

    FrivillighetsregisteretSimulatorController(SimulatedEnhetsregister enhetsregisteret) {
        this.enhetsregisteret = enhetsregisteret;
    }

    @GetMapping(API + "/frivillige-organisasjoner/{organisasjonsnummer}")
    ResponseEntity<FrivilligOrganisasjon> organisasjon(@PathVariable String organisasjonsnummer) {
        if (!organisasjonsnummer.matches("\\d{9}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Organisasjonsnummer must be 9 digits");
        }
        return ResponseEntity.of(enhetsregisteret.find(organisasjonsnummer)
                .filter(SimulatedUnit::inFrivillighetsregisteret)
                .map(FrivillighetsregisteretSimulatorController::json));
    }

    private static FrivilligOrganisasjon json(SimulatedUnit unit) {
        var entry = unit.voluntaryRegister();
        var self = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(API + "/frivillige-organisasjoner/{orgnr}").build(unit.organisationNumber()).toString();
        return new FrivilligOrganisasjon(unit.organisationNumber(), "REGISTRERT", entry.accountNumber(), entry.entered(),
                entry.entered(), new Grasrotandel(entry.grasrotandel(), null),
                new Regnskapsrapportering(false, null), new Vedtekter(true, unit.founded()),
                List.of(new IcnpoKategori(entry.icnpoNumber().substring(0, 1), entry.icnpoNumber(), entry.icnpoName(), 1)),
                List.of(), Map.of("self", Map.of("href", self)));
    }

    /** The register's own shape; its own records, so the contract tests prove the client reads what it writes. */
    record FrivilligOrganisasjon(String organisasjonsnummer, String frivilligOrganisasjonsstatus, String kontonummer,
                                 LocalDate innfoertDato, LocalDate foersteGangInnfoert, Grasrotandel grasrotandel,
                                 Regnskapsrapportering regnskapsrapportering, Vedtekter vedtekter,
                                 List<IcnpoKategori> icnpoKategorier, List<Object> paategninger,
                                 @JsonProperty("_links") Map<String, Map<String, String>> links) {
    }

    record Grasrotandel(boolean deltarI, Periode utestengelsesperiode) {
    }

    record Periode(LocalDate fraDato, LocalDate tilDato) {
    }

    record Regnskapsrapportering(boolean harPaatattSegRapporteringsplikt, Object sistInnsendteAarsregnskap) {
    }

    record Vedtekter(boolean frivilligRegistrerteVedtekter, LocalDate sistOppdaterteVedtekter) {
    }

    record IcnpoKategori(String kategori, String icnpoNummer, String navn, int rekkefoelge) {
    }
}

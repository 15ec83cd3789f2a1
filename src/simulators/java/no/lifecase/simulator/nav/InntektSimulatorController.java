package no.lifecase.simulator.nav;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * a-ordningen's income list at its path, {@code POST /inntektskomponenten/rs/api/v1/hentinntektliste}: the monthly
 * pay each employer reported for the person in the months asked for (at most 36 months back, as the real service).
 */
@RestController
@Profile("simulators")
class InntektSimulatorController {

    static final int MAX_MONTHS = 36;

    private final SimulatedWorkHistory work;

    InntektSimulatorController(SimulatedWorkHistory work) {
        this.work = work;
    }

    record Ident(String identifikator, String aktoerType) {
    }

    record Foresporsel(Ident ident, String ainntektsfilter, String formaal, String maanedFom, String maanedTom) {
    }

    @PostMapping("/inntektskomponenten/rs/api/v1/hentinntektliste")
    Map<String, Object> hentInntektListe(@RequestBody Foresporsel request) {
        if (request.ident() == null || !Fodselsnummer.isValid(request.ident().identifikator())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "ident.identifikator must be a valid identity number");
        }
        if (request.formaal() == null || request.ainntektsfilter() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "ainntektsfilter and formaal are required");
        }
        YearMonth from;
        YearMonth to;
        try {
            from = YearMonth.parse(request.maanedFom());
            to = YearMonth.parse(request.maanedTom());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "maanedFom and maanedTom must be months, e.g. 2026-03");
        }
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "At most " + MAX_MONTHS + " months, maanedFom first");
        }
        var person = request.ident().identifikator();
        var months = new ArrayList<Map<String, Object>>();
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            var incomes = new ArrayList<Map<String, Object>>();
            for (var entry : work.incomeIn(person, month).entrySet()) {
                incomes.add(Map.of("inntektType", "LOENNSINNTEKT", "beloep", entry.getValue(), "fordel", "kontantytelse",
                        "utbetaltIMaaned", month.toString(),
                        "virksomhet", Map.of("identifikator", entry.getKey(), "aktoerType", "ORGANISASJON")));
            }
            if (!incomes.isEmpty()) {
                months.add(Map.of("aarMaaned", month.toString(), "arbeidsInntektInformasjon", Map.of("inntektListe", incomes)));
            }
        }
        return Map.of("arbeidsInntektMaaned", months, "ident", Map.of("identifikator", person, "aktoerType", "NATURLIG_IDENT"));
    }
}

package no.lifecase.register.inntekt;

import java.time.YearMonth;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The incomes employers report in a-meldingen, as a-ordningen's income list serves them ({@code lifecase.registers.inntekt},
 * Maskinporten scope configured with it): {@code POST /rs/api/v1/hentinntektliste} with the person, the months and
 * the filter and purpose of the read in the body, so the number never appears in a URL.
 */
@Component
public class InntektClient {

    static final String REGISTER = "inntekt";
    /** The filter and purpose a-ordningen's income list is asked with for unemployment benefit. */
    static final String FILTER = "DagpengerGrunnlagA-Inntekt";
    static final String PURPOSE = "Dagpenger";

    private final RegisterClients clients;

    InntektClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    record Ident(String identifikator, String aktoerType) {
    }

    record Foresporsel(Ident ident, String ainntektsfilter, String formaal, String maanedFom, String maanedTom) {
    }

    /** The incomes reported for the person in these months, both included. */
    public InntektListe inntekter(Fodselsnummer person, YearMonth from, YearMonth to) {
        var answer = clients.client(REGISTER).post()
                .uri("/rs/api/v1/hentinntektliste")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Foresporsel(new Ident(person.value(), "NATURLIG_IDENT"), FILTER, PURPOSE, from.toString(), to.toString()))
                .retrieve()
                .body(InntektListe.class);
        return answer == null || answer.arbeidsInntektMaaned() == null ? new InntektListe(java.util.List.of()) : answer;
    }
}

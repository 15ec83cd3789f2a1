package no.lifecase.register.aaregisteret;

import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Nav's employer and employee register, Aa-registeret ({@code lifecase.registers.aaregisteret}, Maskinporten scope
 * {@code nav:aareg/v1/arbeidsforhold}): {@code GET /api/v1/arbeidstaker/arbeidsforhold} with the person in the
 * {@code Nav-Personident} header, so the number never appears in a URL or an access log.
 */
@Component
public class AaregisteretClient {

    static final String REGISTER = "aaregisteret";
    static final String PERSON_HEADER = "Nav-Personident";

    private final RegisterClients clients;

    AaregisteretClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    /** The person's employments, ended ones included; empty for a person the register does not know (404). */
    public List<Arbeidsforhold> arbeidsforhold(Fodselsnummer person) {
        try {
            var answer = clients.client(REGISTER).get()
                    .uri("/api/v1/arbeidstaker/arbeidsforhold?historikk=true")
                    .header(PERSON_HEADER, person.value())
                    .retrieve()
                    .body(new ParameterizedTypeReference<List<Arbeidsforhold>>() {
                    });
            return answer == null ? List.of() : answer;
        } catch (HttpClientErrorException.NotFound e) {
            return List.of();
        }
    }
}

package no.lifecase.register.krr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Kontakt- og reservasjonsregisteret's lookup service ({@code lifecase.registers.krr}, Maskinporten scope
 * {@code krr:global/kontaktinformasjon.read}): {@code POST /personer} with up to 1000 ids per request
 * (docs/domain.md#krr-and-digital-letters).
 */
@Component
public class KrrClient {

    static final String REGISTER = "krr";
    static final int MAX_IDS_PER_REQUEST = 1000;

    private final RegisterClients clients;

    KrrClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    /**
     * KRR's entries for these persons, in as few requests as the limit allows. KRR answers for unknown persons too,
     * with status IKKE_REGISTRERT.
     */
    public List<KrrPerson> personer(List<Fodselsnummer> persons) {
        var ids = persons.stream().map(Fodselsnummer::value).distinct().toList();
        var answers = new ArrayList<KrrPerson>();
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_REQUEST) {
            var batch = ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_REQUEST));
            var response = clients.client(REGISTER).post()
                    .uri("/personer")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new PersonerForespoersel(batch))
                    .retrieve()
                    .body(Personer.class);
            if (response != null && response.personer() != null) {
                answers.addAll(response.personer());
            }
        }
        return List.copyOf(answers);
    }

    record PersonerForespoersel(List<String> personidentifikatorer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Personer(List<KrrPerson> personer) {
    }
}

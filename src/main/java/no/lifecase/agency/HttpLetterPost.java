package no.lifecase.agency;

import java.util.Map;
import no.lifecase.register.RegisterClients;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Posts letters through the national digital-mail and print service, configured like a register as
 * {@code lifecase.registers.letter-post}. The service looks the address up itself, so none passes through Lifecase.
 */
@Component
@Profile("!simulators")
class HttpLetterPost implements LetterPost {

    static final String REGISTER = "letter-post";

    private final RegisterClients clients;

    HttpLetterPost(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    @Override
    public void post(CitizenLetter letter) {
        clients.client(REGISTER).put()
                .uri("/letters/{id}", letter.id())
                .body(Map.of("recipient", letter.recipient(), "caseReference", letter.caseRef(), "letter", letter.letter(),
                        "channel", letter.channel().name()))
                .retrieve()
                .toBodilessEntity();
    }
}

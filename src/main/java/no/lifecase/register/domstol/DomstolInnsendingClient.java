package no.lifecase.register.domstol;

import no.lifecase.register.RegisterClients;
import org.springframework.stereotype.Component;

/**
 * Sends the heirs' signed declaration to a district court ({@code lifecase.registers.domstol-innsending},
 * docs/adr/0062), and their request for a formuesfullmakt (docs/adr/0064). The court answers a declaration later,
 * through its estate-case feed ({@link DomstolClient}).
 */
@Component
public class DomstolInnsendingClient {

    public static final String REGISTER = "domstol-innsending";

    private final RegisterClients clients;

    DomstolInnsendingClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    /** The court's receipt; a 4xx (e.g. signatures the court does not accept) is thrown as the client's exception. */
    public DeclarationToCourt.Receipt send(DeclarationToCourt declaration) {
        return clients.client(REGISTER).post()
                .uri("/dodsfallsaker/erklaeringer")
                .body(declaration)
                .retrieve()
                .body(DeclarationToCourt.Receipt.class);
    }

    /**
     * Asks the court for a formuesfullmakt for the heirs (docs/adr/0064). The simulated court answers at once; a 4xx
     * (the court refuses) is thrown as the client's exception.
     */
    public FormuesfullmaktRequest.Answer askForFormuesfullmakt(FormuesfullmaktRequest request) {
        return clients.client(REGISTER).post()
                .uri("/dodsfallsaker/formuesfullmakter")
                .body(request)
                .retrieve()
                .body(FormuesfullmaktRequest.Answer.class);
    }
}

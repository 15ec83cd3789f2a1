package no.lifecase.agency;

import java.util.Map;
import no.lifecase.register.RegisterClients;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Delivers notices over HTTP to the agencies' message exchange, configured like a register as
 * {@code lifecase.registers.agency-inbox} (base URL, Maskinporten scope, timeouts). The exchange routes
 * by the agency id in the path and deduplicates by notice id.
 */
@Component
@Profile("!simulators")
class HttpAgencyInbox implements AgencyInbox {

    static final String REGISTER = "agency-inbox";

    private final RegisterClients clients;

    HttpAgencyInbox(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    @Override
    public void deliver(AgencyNotice notice) {
        clients.client(REGISTER).put()
                .uri("/agencies/{agency}/notices/{id}", notice.agency(), notice.id())
                .body(Map.of("noticeId", notice.id(), "caseReference", notice.caseRef(), "notice", notice.notice(),
                        "attempt", notice.attempts()))
                .retrieve()
                .toBodilessEntity();
    }
}

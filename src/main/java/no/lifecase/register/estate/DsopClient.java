package no.lifecase.register.estate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import org.springframework.http.HttpHeaders;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The banks' DSOP service "Oppgjør etter dødsfall" ({@code lifecase.registers.dsop}), in its two steps: the banks
 * the deceased was a customer of ({@code customerRelationships}, Maskinporten scope {@code bits:kundeforhold}), then
 * each bank's accounts (scope {@code bits:kontoinformasjon}). The scopes and the request headers are DSOP's
 * (dsop_v2oed_løsningsbeskrivelse); the paths are ours: in reality each bank serves step 2 itself, and Digitalt
 * dødsbo reaches them through Altinn. UNVERIFIED: {@code /customer-relations} and {@code /banks/{orgnr}/accounts}.
 */
@Component
public class DsopClient {

    static final String REGISTER = "dsop";

    /** The legal basis DSOP requires for this service, URL-encoded as it asks. */
    static final String LEGAL_MANDATE = UriUtils.encode(
            "Arveloven § 92 første ledd og § 118, jf. § 88 a, jf. forskrift om Digitalt dødsbo", StandardCharsets.UTF_8);

    private final RegisterClients clients;

    DsopClient(RegisterClients clients) {
        clients.willCall(REGISTER);
        this.clients = clients;
    }

    /** The banks the deceased had a customer relationship with; none if DSOP does not know the person. */
    public CustomerRelations customerRelations(Fodselsnummer deceased) {
        return NotFound.asEmpty(() -> clients.client(REGISTER).get()
                .uri("/customer-relations")
                .headers(headers -> dsopHeaders(headers, deceased))
                .retrieve()
                .body(CustomerRelations.class))
                .orElse(new CustomerRelations(null));
    }

    /**
     * The deceased's accounts at this bank with their balances at the end of the date of death, and the debts the bank
     * holds; none if the bank no longer has any. Without a date of death the bank answers today's balances.
     * UNVERIFIED: the query parameter {@code balanceDate}, our name for what DSOP calls the date of a balance.
     */
    public BankAccounts accounts(CustomerRelations.Bank bank, Fodselsnummer deceased, @Nullable LocalDate dateOfDeath) {
        return NotFound.asEmpty(() -> clients.client(REGISTER).get()
                .uri(uri -> {
                    var builder = uri.path("/banks/{organizationNumber}/accounts");
                    if (dateOfDeath != null) {
                        builder.queryParam("balanceDate", dateOfDeath.toString());
                    }
                    return builder.build(bank.organizationNumber());
                })
                .headers(headers -> dsopHeaders(headers, deceased))
                .retrieve()
                .body(BankAccounts.class))
                .orElse(BankAccounts.none(bank.bankName()));
    }

    /** DSOP takes the person in a header, so the number stays out of URLs and access logs. */
    private static void dsopHeaders(HttpHeaders headers, Fodselsnummer deceased) {
        headers.set("CustomerID", deceased.value());
        headers.set("CorrelationID", UUID.randomUUID().toString());
        headers.set("Legal-Mandate", LEGAL_MANDATE);
    }
}

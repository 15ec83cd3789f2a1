package no.lifecase.register.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** DSOP's two steps through the client, on samples shaped as Digitalt dødsbo's bank test data. */
class DsopClientTest {

    private static final String BASE = "https://dsop.example/oed";
    private static final Fodselsnummer DECEASED = Fodselsnummer.parse("13857548595");
    private static final CustomerRelations.Bank DNB = new CustomerRelations.Bank("315500001", "DNB Bank ASA", true);

    private MockRestServiceServer server;
    private DsopClient client;

    @BeforeEach
    void bindToMockServer() {
        var builder = RestClient.builder().baseUrl(BASE);
        server = MockRestServiceServer.bindTo(builder).build();
        var clients = mock(RegisterClients.class);
        when(clients.client("dsop")).thenReturn(builder.build());
        client = new DsopClient(clients);
    }

    @Test
    void asks_for_the_customer_relations_with_the_person_in_dsops_headers_not_in_the_url() {
        server.expect(requestTo(BASE + "/customer-relations")).andExpect(method(HttpMethod.GET))
                .andExpect(header("CustomerID", DECEASED.value()))
                .andExpect(header("CorrelationID", Matchers.matchesPattern("[0-9a-f-]{36}")))
                .andExpect(header("Legal-Mandate", "Arveloven%20%C2%A7%2092%20f%C3%B8rste%20ledd%20og%20%C2%A7%20118%2C%20jf.%20%C2%A7%2088%20a%2C%20jf.%20forskrift%20om%20Digitalt%20d%C3%B8dsbo"))
                .andRespond(withSuccess(EstateSamples.json("customer-relations.json"), MediaType.APPLICATION_JSON));

        var relations = client.customerRelations(DECEASED);

        assertThat(relations.banks()).extracting(CustomerRelations.Bank::organizationNumber, CustomerRelations.Bank::bankName,
                        CustomerRelations.Bank::canBeAsked)
                .containsExactly(
                        tuple("315500001", "DNB Bank ASA", true),
                        tuple("315503000", "Nordea Bank Abp, filial i Norge", true),
                        tuple("315506018", "Storebrand Bank ASA", false));
        server.verify();
    }

    @Test
    void reads_a_banks_accounts_at_the_date_of_death_with_overdrafts_negative_and_its_debts() {
        server.expect(requestTo(BASE + "/banks/315500001/accounts?balanceDate=2026-02-10")).andExpect(header("CustomerID", DECEASED.value()))
                .andRespond(withSuccess(EstateSamples.json("bank-details.json"), MediaType.APPLICATION_JSON));

        var accounts = client.accounts(DNB, DECEASED, LocalDate.of(2026, 2, 10));

        assertThat(accounts.balanceDate()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(accounts.debts()).extracting(BankAccounts.Debt::type, debt -> debt.creditor().name(),
                        debt -> debt.creditor().identifier().value(), BankAccounts.Debt::amount)
                .containsExactly(tuple("loan", "DNB Bank ASA", "315500001", new BigDecimal("1250000.00")));

        assertThat(accounts.bankName()).isEqualTo("DNB Bank ASA");
        assertThat(accounts.accounts()).extracting(BankAccounts.Account::accountNumber, account -> account.accountDetail().type(),
                        BankAccounts.Account::balance)
                .containsExactly(
                        tuple("12278825320", "savingsAccount", new BigDecimal("1400.50")),
                        tuple("12278825335", "creditCardAccount", new BigDecimal("-11500")));
        assertThat(accounts.totalBalance()).isEqualByComparingTo("-10099.50");
        server.verify();
    }

    @Test
    void a_person_dsop_does_not_know_has_no_banks_and_a_bank_without_accounts_none() {
        server.expect(requestTo(BASE + "/customer-relations")).andRespond(withResourceNotFound());
        server.expect(requestTo(BASE + "/banks/315500001/accounts")).andRespond(withResourceNotFound());

        assertThat(client.customerRelations(DECEASED).banks()).isEmpty();
        var accounts = client.accounts(DNB, DECEASED, null);
        assertThat(accounts.accounts()).isEmpty();
        assertThat(accounts.bankName()).isEqualTo("DNB Bank ASA");
        server.verify();
    }
}

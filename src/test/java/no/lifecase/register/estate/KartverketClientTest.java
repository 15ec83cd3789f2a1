package no.lifecase.register.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import no.lifecase.register.estate.KartverketProperties.Encumbrance;
import no.lifecase.register.estate.KartverketProperties.Property;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** Kartverket's property rights through the client, on a sample shaped as Digitalt dødsbo's Kartverket test data. */
class KartverketClientTest {

    private static final String BASE = "https://kartverket.example/api";
    private static final Fodselsnummer DECEASED = Fodselsnummer.parse("13857548595");

    private MockRestServiceServer server;
    private KartverketClient client;

    @BeforeEach
    void bindToMockServer() {
        var builder = RestClient.builder().baseUrl(BASE);
        server = MockRestServiceServer.bindTo(builder).build();
        var clients = mock(RegisterClients.class);
        when(clients.client("kartverket")).thenReturn(builder.build());
        client = new KartverketClient(clients);
    }

    @Test
    void reads_the_property_rights_with_gnr_bnr_and_share() {
        server.expect(requestTo(BASE + "/properties")).andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"personIdentifier\":\"13857548595\"}", true))
                .andRespond(withSuccess(EstateSamples.json("properties.json"), MediaType.APPLICATION_JSON));

        var properties = client.propertyRights(DECEASED).properties();

        assertThat(properties).extracting(Property::address, Property::municipalityNumber, Property::holdingNumber,
                        Property::subholdingNumber, Property::leaseNumber, Property::sectionNumber,
                        Property::fractionOwnership, Property::type, Property::agriculture)
                .containsExactly(
                        tuple("Pilestredet Park 4-H0102", "0301", "208", "951", "0", "1", "1/2", "Eiendomsrett", false),
                        tuple("Hærnesvegen 372", "3415", "58", "4", "0", "0", "1/1", "Eiendomsrett", true));
        server.verify();
    }

    @Test
    void reads_what_the_grunnbok_has_registered_on_each_property() {
        server.expect(requestTo(BASE + "/properties"))
                .andRespond(withSuccess(EstateSamples.json("properties.json"), MediaType.APPLICATION_JSON));

        var properties = client.propertyRights(DECEASED).properties();

        assertThat(properties.get(0).encumbrances()).extracting(Encumbrance::documentType, e -> e.holder().name(),
                        e -> e.holder().organizationNumber(), e -> e.amount().stripTrailingZeros(), Encumbrance::currency,
                        Encumbrance::registeredDate)
                .containsExactly(tuple("Pantedokument", "DNB Bank ASA", "315500001", new BigDecimal("2.4E+6"), "NOK",
                        LocalDate.of(2019, 5, 3)));
        assertThat(properties.get(1).encumbrances()).as("a property without the field has nothing registered").isEmpty();
    }

    @Test
    void a_person_kartverket_does_not_know_owns_nothing() {
        server.expect(requestTo(BASE + "/properties")).andRespond(withResourceNotFound());

        assertThat(client.propertyRights(DECEASED).properties()).isEmpty();
    }

    @Test
    void an_answer_without_property_rights_is_no_property() {
        server.expect(requestTo(BASE + "/properties")).andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));

        assertThat(client.propertyRights(DECEASED).properties()).isEmpty();
    }
}

package no.lifecase.register.maskinporten;

import static org.assertj.core.api.Assertions.assertThat;

import no.lifecase.testsupport.LifecaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A real token from the simulated Maskinporten, fetched over HTTP by the client the registers use, and
 * the simulated registers' security layer judging it. Whether a register answers 200 or 404 is its own
 * business; here only 401 (no valid token) and 403 (wrong scope) matter.
 */
@LifecaseIT
class MaskinportenIT {

    private static final String FOLKEREGISTERET_SCOPE = "folkeregister:deling/offentligmedhjemmel";
    private static final String KRR_SCOPE = "krr:global/kontaktinformasjon.read";
    private static final String DOMSTOL_SCOPE = "domstolene:forvaltningssaker:doedsfall.read";
    private static final String PERSON = "/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/03851598730";

    @Autowired
    private MaskinportenTokens maskinporten;

    @Autowired
    private TestRestTemplate http;

    @Test
    void a_register_refuses_a_call_without_a_token() {
        assertThat(get(PERSON, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/rest/v1/personer", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/domstol/hendelsesliste/api/v1/hendelser", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void a_register_refuses_a_token_it_cannot_verify() {
        assertThat(get(PERSON, "not.a.token").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void a_register_refuses_a_token_for_another_scope() {
        var krrToken = maskinporten.accessToken(KRR_SCOPE);

        assertThat(get(PERSON, krrToken).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/domstol/hendelsesliste/api/v1/hendelser", krrToken).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void a_register_lets_a_token_for_its_scope_through() {
        assertThat(get(PERSON, maskinporten.accessToken(FOLKEREGISTERET_SCOPE)).getStatusCode())
                .isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        assertThat(get("/rest/v1/personer", maskinporten.accessToken(KRR_SCOPE)).getStatusCode())
                .isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        assertThat(get("/domstol/hendelsesliste/api/v1/hendelser", maskinporten.accessToken(DOMSTOL_SCOPE)).getStatusCode())
                .isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }

    @Test
    void the_simulated_maskinporten_and_open_registers_need_no_token() {
        assertThat(get("/maskinporten/jwk", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/enhetsregisteret/api/enheter/312412349", null).getStatusCode())
                .isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<String> get(String path, String token) {
        var headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}

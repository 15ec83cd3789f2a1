package no.lifecase.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses pass as http(s) URLs before and after their placeholders are resolved (ADR 0040). */
class HttpUrlValidatorTest {

    private final HttpUrlValidator validator = new HttpUrlValidator();

    @ParameterizedTest
    @ValueSource(strings = {"https://data.brreg.no/enhetsregisteret/api", "http://localhost:8080", "HTTPS://idporten.no",
            "http://localhost:${local.server.port}/folkeregisteret/api", "${LIFECASE_DSOP_URL}",
            "${LIFECASE_DOMSTOL_URL:https://hendelsesliste.test.domstol.no/api}", "https://${REGISTER_HOST}/api",
            "http://localhost:${server.port:${local.server.port}}/sim"})
    void passes_before_its_placeholders_are_resolved(String value) {
        assertThat(validator.isValid(value, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"data.brreg.no/enhetsregisteret/api", "/rest/v1", "ftp://data.brreg.no", "https://", "mailto:post@nav.no",
            "https://user:password@register.example.no", "http://localhost:${local.server.port}/a b", "file:///etc/passwd"})
    void fails_when_no_placeholder_can_make_it_an_http_url(String value) {
        assertThat(validator.isValid(value, null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${LIFECASE_DSOP_URL}", "http://localhost:${local.server.port}/x", "register.example.no"})
    void once_resolved_only_a_plain_http_url_passes(String value) {
        assertThat(HttpUrlValidator.isHttpUrl(value)).isFalse();
        assertThat(HttpUrlValidator.isHttpUrl("http://localhost:8080/x")).isTrue();
    }
}

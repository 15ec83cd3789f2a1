package no.lifecase.publicaddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

class PublicAddressTest {

    @Test
    void the_address_names_scheme_host_and_a_port_only_where_it_is_not_the_schemes_own() {
        var https = PublicAddress.of("HTTPS://lifecase.example.no/");
        var local = PublicAddress.of("http://localhost:8123");

        assertThat(https.origin()).isEqualTo("https://lifecase.example.no");
        assertThat(https.authority()).isEqualTo("lifecase.example.no");
        assertThat(https.port()).isEqualTo(443);
        assertThat(https.isHttps()).isTrue();
        assertThat(https.resolve("/api/models/migrations/42")).hasToString("https://lifecase.example.no/api/models/migrations/42");
        assertThat(local.origin()).isEqualTo("http://localhost:8123");
        assertThat(local.authority()).isEqualTo("localhost:8123");
        assertThat(local.port()).isEqualTo(8123);
        assertThat(local.isHttps()).isFalse();
    }

    @Test
    void the_port_of_the_embedded_default_is_read_once_the_server_listens() {
        var environment = new MockEnvironment().withProperty("lifecase.public-url", "http://localhost:${local.server.port}");
        var address = new PublicAddress(environment);
        environment.setProperty("local.server.port", "8123");

        assertThat(address.origin()).isEqualTo("http://localhost:8123");
    }

    @Test
    void a_missing_address_is_named_by_its_setting() {
        var address = new PublicAddress(new MockEnvironment());

        assertThatThrownBy(address::uri).isInstanceOf(IllegalStateException.class).hasMessageContaining("lifecase.public-url")
                .hasMessageContaining("LIFECASE_PUBLIC_URL");
        var unresolved = new PublicAddress(new MockEnvironment().withProperty("lifecase.public-url", "${LIFECASE_PUBLIC_URL}"));
        assertThatThrownBy(unresolved::uri).isInstanceOf(IllegalStateException.class).hasMessageContaining("lifecase.public-url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lifecase.example.no", "ftp://lifecase.example.no", "https://lifecase.example.no/min-side",
            "https://lifecase.example.no?next=x", "https://user@lifecase.example.no", "https://", "https://exa mple.no"})
    void anything_but_scheme_host_and_port_is_refused(String url) {
        assertThatThrownBy(() -> PublicAddress.of(url)).isInstanceOf(IllegalStateException.class).hasMessageContaining("lifecase.public-url");
    }
}

package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import no.lifecase.publicaddress.PublicAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

class IdportenClientRegistrationsTest {

    private static final PublicAddress ADDRESS = PublicAddress.of("https://lifecase.example.no");

    private final MockEnvironment environment = new MockEnvironment();

    @Test
    void the_registration_names_every_endpoint_requires_pkce_and_resolves_the_port_at_first_use() {
        var registrations = new IdportenClientRegistrations(properties("http://localhost:${local.server.port}/idporten",
                "client_secret_basic", null), environment, ADDRESS);
        environment.setProperty("local.server.port", "8123");   // the server listens only after the bean exists

        var idporten = registrations.findByRegistrationId("idporten");

        assertThat(idporten.getProviderDetails().getIssuerUri()).isEqualTo("http://localhost:8123/idporten");
        assertThat(idporten.getProviderDetails().getAuthorizationUri()).isEqualTo("http://localhost:8123/idporten/authorize");
        assertThat(idporten.getProviderDetails().getTokenUri()).isEqualTo("http://localhost:8123/idporten/token");
        assertThat(idporten.getProviderDetails().getJwkSetUri()).isEqualTo("http://localhost:8123/idporten/jwks.json");
        assertThat(idporten.getProviderDetails().getUserInfoEndpoint().getUri()).isEqualTo("http://localhost:8123/idporten/userinfo");
        assertThat(idporten.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName()).isEqualTo("pid");
        assertThat(idporten.getProviderDetails().getConfigurationMetadata())
                .containsEntry("end_session_endpoint", "http://localhost:8123/idporten/logout");
        assertThat(idporten.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(idporten.getRedirectUri()).as("our own address is the configured one, never a request's")
                .isEqualTo("https://lifecase.example.no/min-side/login/oauth2/code/{registrationId}");
        assertThat(registrations.postLogoutRedirectUri()).isEqualTo("https://lifecase.example.no/min-side/logget-ut");
        assertThat(idporten.getScopes()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(registrations.findByRegistrationId("other")).isNull();
    }

    @Test
    void private_key_jwt_signs_with_the_configured_pem_key() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        var pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        var registrations = new IdportenClientRegistrations(properties("https://idporten.no", "private_key_jwt", pem), environment,
                ADDRESS);

        var idporten = registrations.findByRegistrationId("idporten");
        var key = (RSAKey) registrations.clientKey(idporten);

        assertThat(idporten.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
        assertThat(key.getKeyID()).isEqualTo("lifecase-key-1");
        assertThat(key.isPrivate()).isTrue();
        assertThat(key.toRSAPublicKey()).isEqualTo(keys.getPublic());
        assertThat(registrations.issuer()).isEqualTo("https://idporten.no");
    }

    @Test
    void a_missing_or_broken_key_is_named_by_its_setting() {
        var missing = new IdportenClientRegistrations(properties("https://idporten.no", "private_key_jwt", ""), environment,
                ADDRESS);
        var broken = new IdportenClientRegistrations(properties("https://idporten.no", "private_key_jwt", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"), environment,
                ADDRESS);

        assertThatThrownBy(() -> missing.clientKey(null)).hasMessageContaining("lifecase.idporten.private-key");
        assertThatThrownBy(() -> broken.clientKey(null)).hasMessageContaining("lifecase.idporten.private-key");
    }

    private static IdportenProperties properties(String issuer, String method, String privateKey) {
        return new IdportenProperties(issuer, issuer + "/authorize", issuer + "/token", issuer + "/jwks.json", issuer + "/userinfo",
                issuer + "/logout", "lifecase-portal", method, "secret", "lifecase-key-1", privateKey, List.of("openid", "profile"),
                "idporten-loa-substantial", "{baseUrl}/min-side/login/oauth2/code/{registrationId}", "{baseUrl}/min-side/logget-ut");
    }
}

package no.lifecase.simulator.idporten;

import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * The clients of the test ID-porten: the portal only. Built at first use, because its redirect URIs name the
 * server's port, which is known only once the server listens.
 */
final class TestIdportenClients implements RegisteredClientRepository {

    private final TestIdportenProperties properties;
    private final Environment environment;
    private volatile RegisteredClient portal;

    TestIdportenClients(TestIdportenProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /** The server saves a client to re-encode its secret after the first use; other clients cannot be added. */
    @Override
    public void save(RegisteredClient registeredClient) {
        if (!portal().getId().equals(registeredClient.getId())) {
            throw new UnsupportedOperationException("The test ID-porten has a fixed set of clients");
        }
        portal = registeredClient;
    }

    @Override
    public RegisteredClient findById(String id) {
        var client = portal();
        return client.getId().equals(id) ? client : null;
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        var client = portal();
        return client.getClientId().equals(clientId) ? client : null;
    }

    private RegisteredClient portal() {
        var client = portal;
        if (client == null) {
            client = RegisteredClient.withId(UUID.nameUUIDFromBytes(properties.clientId().getBytes()).toString())
                    .clientId(properties.clientId())
                    .clientSecret("{noop}" + properties.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(environment.resolveRequiredPlaceholders(properties.redirectUri()))
                    .postLogoutRedirectUri(environment.resolveRequiredPlaceholders(properties.postLogoutRedirectUri()))
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    // ID-porten requires PKCE of every client, and asks no consent of the citizen.
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .build();
            portal = client;
        }
        return client;
    }
}

package no.lifecase.simulator.idporten;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

class SynchronizedAuthorizationsTest {

    private static final OAuth2TokenType STATE = new OAuth2TokenType(OAuth2ParameterNames.STATE);

    private final RegisteredClient client = RegisteredClient.withId("lifecase").clientId("lifecase")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("http://localhost/callback").build();

    @Test
    void many_logins_at_once_each_find_their_own_authorization() throws Exception {
        var authorizations = new SynchronizedAuthorizations();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var logins = new ArrayList<Future<Integer>>();
            for (int thread = 0; thread < 8; thread++) {
                logins.add(pool.submit((Callable<Integer>) () -> {
                    int found = 0;
                    for (int i = 0; i < 2_000; i++) {
                        var state = UUID.randomUUID().toString();
                        var started = OAuth2Authorization.withRegisteredClient(client).id(UUID.randomUUID().toString())
                                .principalName("citizen").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                                .attribute(OAuth2ParameterNames.STATE, state).build();
                        authorizations.save(started);
                        if (started.getId().equals(authorizations.findByToken(state, STATE).getId())) {
                            found++;
                        }
                        authorizations.remove(started);
                    }
                    return found;
                }));
            }
            for (var login : logins) {
                assertThat(login.get()).isEqualTo(2_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

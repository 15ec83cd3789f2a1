package no.lifecase.simulator.idporten;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lifecase.simulator.idporten.*}: the one client the test ID-porten knows, the portal. The URIs may hold
 * {@code ${local.server.port}}; they are resolved at first use, when the server listens.
 *
 * @param clientId              the portal's client id
 * @param clientSecret          its secret, as the portal sends it ({@code client_secret_basic})
 * @param redirectUri           where codes go, compared exactly
 * @param postLogoutRedirectUri where the browser goes after logging out
 */
@ConfigurationProperties("lifecase.simulator.idporten")
record TestIdportenProperties(String clientId, String clientSecret, String redirectUri, String postLogoutRedirectUri) {
}

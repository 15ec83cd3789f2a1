package no.lifecase.simulator.idporten;

import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The test ID-porten's authorizations in memory, one request at a time. The in-memory service walks its map of
 * authorizations not yet completed without a lock, so many citizens logging in at once (the benchmark's portal load)
 * made a token exchange fail with a ConcurrentModificationException.
 */
final class SynchronizedAuthorizations implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService authorizations = new InMemoryOAuth2AuthorizationService();

    @Override
    public synchronized void save(OAuth2Authorization authorization) {
        authorizations.save(authorization);
    }

    @Override
    public synchronized void remove(OAuth2Authorization authorization) {
        authorizations.remove(authorization);
    }

    @Override
    public synchronized OAuth2Authorization findById(String id) {
        return authorizations.findById(id);
    }

    @Override
    public synchronized OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return authorizations.findByToken(token, tokenType);
    }
}

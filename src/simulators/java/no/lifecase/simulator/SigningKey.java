package no.lifecase.simulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A simulated issuer's RSA signing key, made when the application starts and kept in memory only, so that tokens from an
 * earlier run are worthless, as they should be. Finding two 1024-bit primes takes a second or more of CPU: the key is
 * made on a background thread while the rest of the application starts (docs/adr/0049), and {@link #get()} waits for it
 * only if a token is asked for sooner.
 */
public final class SigningKey {

    private static final int BITS = 2048;

    private final CompletableFuture<RSAKey> key;

    private SigningKey(CompletableFuture<RSAKey> key) {
        this.key = key;
    }

    public static SigningKey makeInBackground() {
        return new SigningKey(CompletableFuture.supplyAsync(SigningKey::make));
    }

    public RSAKey get() {
        return key.join();
    }

    private static RSAKey make() {
        try {
            return new RSAKeyGenerator(BITS).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make a simulated issuer's signing key", e);
        }
    }
}

package no.lifecase.register.maskinporten;

/** Access tokens from Maskinporten for calls to the registers, one per scope. */
public interface MaskinportenTokens {

    /** A valid access token for this scope, from the cache while it has time left. */
    String accessToken(String scope);
}

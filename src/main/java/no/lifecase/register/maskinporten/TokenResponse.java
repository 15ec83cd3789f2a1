package no.lifecase.register.maskinporten;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Maskinporten's answer to a grant: {@code {"access_token","token_type","expires_in","scope"}}. */
record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("scope") String scope) {
}

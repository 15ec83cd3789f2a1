package no.lifecase.register.maskinporten;

import java.time.Duration;
import java.time.Instant;

/** A token from Maskinporten as we cache it: its value and when it stops working. */
record AccessToken(String value, Instant expiresAt) {

    /** Still worth sending: it will not expire within the skew (the call and clocks need that margin). */
    boolean usableAt(Instant now, Duration skew) {
        return now.plus(skew).isBefore(expiresAt);
    }
}

package no.lifecase.lifeevent;

/** A text in Norwegian bokmål and English. */
public record Text(String nb, String en) {
}

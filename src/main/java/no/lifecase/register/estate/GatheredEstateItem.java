package no.lifecase.register.estate;

import java.time.Instant;

/**
 * One item of the estate overview with where and when it was read: the heirs see the source and the date beside every
 * figure, since a balance read today is not the balance on the day of the death (docs/adr/0063).
 *
 * @param readAt when Lifecase read the item from its source
 */
public record GatheredEstateItem(EstateItem item, Instant readAt) {

    /** The register the item comes from, as in {@code lifecase.registers.<name>}. */
    public String source() {
        return item.source();
    }
}

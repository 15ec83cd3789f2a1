package no.lifecase.evidence;

import java.time.Instant;
import no.lifecase.language.Text;

/**
 * One piece of register data a decision rests on, as the citizen previews it.
 *
 * @param register the register it was read from, as in {@code lifecase.registers.<name>}
 * @param readAt   when Lifecase read it
 * @param value    what the register said, in the citizen's three languages
 */
public record EvidenceFact(String register, Instant readAt, Text value) {
}

package no.lifecase.register;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lifecase.registers.<name>.*}: one endpoint per register, by the register's name. Each entry is validated when
 * the settings are bound, so a missing or malformed setting stops the start with the property's name (ADR 0040).
 */
@ConfigurationProperties("lifecase")
@Validated
public record RegisterProperties(Map<String, @Valid RegisterEndpoint> registers) {

    public RegisterProperties {
        registers = registers == null ? Map.of() : Map.copyOf(registers);
    }
}

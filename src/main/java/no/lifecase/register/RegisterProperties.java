package no.lifecase.register;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code lifecase.registers.<name>.*}: one endpoint per register, by the register's name. */
@ConfigurationProperties("lifecase")
public record RegisterProperties(Map<String, RegisterEndpoint> registers) {

    public RegisterProperties {
        registers = registers == null ? Map.of() : Map.copyOf(registers);
    }
}

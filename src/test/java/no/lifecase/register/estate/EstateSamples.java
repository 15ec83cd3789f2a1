package no.lifecase.register.estate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** The JSON samples under {@code src/test/resources/estate/}. */
final class EstateSamples {

    private EstateSamples() {
    }

    static String json(String name) {
        try {
            return new ClassPathResource("estate/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

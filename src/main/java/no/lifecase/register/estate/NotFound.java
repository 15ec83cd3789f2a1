package no.lifecase.register.estate;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.web.client.HttpClientErrorException;

/** The estate sources answer 404 for a person they hold nothing on: for the overview that is "nothing", not an error. */
final class NotFound {

    private NotFound() {
    }

    static <T> Optional<T> asEmpty(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        }
    }
}

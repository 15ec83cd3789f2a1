package no.lifecase.register.domstol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The courts' dates come as {@code 2025-11-04} in one sample and {@code 1900-01-01T00:00:00Z} in another: the date
 * part is what the case means either way.
 */
class DateOrDateTime extends JsonDeserializer<LocalDate> {

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        var text = parser.getValueAsString();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date");
        }
    }
}

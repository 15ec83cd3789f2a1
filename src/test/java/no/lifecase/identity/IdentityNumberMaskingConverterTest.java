package no.lifecase.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.Map;
import no.lifecase.testsupport.ShippedLogging;
import org.junit.jupiter.api.Test;

class IdentityNumberMaskingConverterTest {

    private final LoggerContext context = new LoggerContext();

    @Test
    void masksAFodselsnummerInTheFormattedMessage() {
        String line = convert(event("Looking up {} in Folkeregisteret", "20036914700"));

        assertThat(line).isEqualTo("Looking up 200369***** in Folkeregisteret").doesNotContain("20036914700");
    }

    @Test
    void masksEveryElevenDigitSequenceValidOrNot() {
        String line = convert(event("mother=29020073150, child=12345678901;"));

        assertThat(line).isEqualTo("mother=290200*****, child=123456*****;");
    }

    @Test
    void leavesShorterAndLongerDigitSequencesAlone() {
        String message = "orgnr 974760673, case 123456789012, at 1700000000000";

        assertThat(convert(event(message))).isEqualTo(message);
    }

    @Test
    void theSpringLogbackConfigurationMasksConsoleLines() {
        var logging = ShippedLogging.withProfiles("embedded", "simulators");

        PatternLayoutEncoder encoder = (PatternLayoutEncoder) logging.consoleEncoder();
        String line = encoder.getLayout().doLayout(event("Subject {} moved", "20036914700"));

        // Spring Boot's console format, ending in ": <message>".
        assertThat(line).contains(" INFO ", "no.lifecase.test", ": Subject 200369***** moved")
                .doesNotContain("20036914700");
        logging.stop();
    }

    private String convert(ILoggingEvent event) {
        IdentityNumberMaskingConverter converter = new IdentityNumberMaskingConverter();
        converter.setContext(context);
        converter.start();
        return converter.convert(event);
    }

    private ILoggingEvent event(String message, Object... arguments) {
        Logger logger = context.getLogger("no.lifecase.test");
        var event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, message, null, arguments);
        event.setMDCPropertyMap(Map.of());   // this test's own logger context has no MDC
        return event;
    }
}

package no.lifecase.testsupport;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped logback-spring.xml as Spring Boot reads it (with its {@code <springProfile>} blocks), with the shipped
 * application.yml and the profiles' files, into a logger context of the test's own: the JVM's logging, which other
 * tests share, stays as it is.
 */
public final class ShippedLogging {

    private final LoggerContext context = new LoggerContext();

    private ShippedLogging(String... profiles) {
        var environment = environment(profiles);
        context.putObject(Environment.class.getName(), environment);
        // What Spring Boot's logging system hands logback from the environment before it reads the file.
        var structured = environment.getProperty("logging.structured.format.console");
        if (structured != null) {
            context.putProperty("CONSOLE_LOG_STRUCTURED_FORMAT", structured);
        }
        context.putProperty("LOG_CORRELATION_PATTERN", environment.getProperty("logging.pattern.correlation", ""));
        try {
            configurator(environment).doConfigure(ShippedLogging.class.getResource("/logback-spring.xml"));
        } catch (Exception e) {
            throw new IllegalStateException("logback-spring.xml could not be read", e);
        }
        var errors = new StatusUtil(context).getHighestLevel(0);
        if (errors >= Status.WARN) {
            throw new IllegalStateException("logback-spring.xml has problems: " + context.getStatusManager().getCopyOfStatusList());
        }
    }

    /** Logging as the application sets it up with these profiles active. */
    public static ShippedLogging withProfiles(String... profiles) {
        return new ShippedLogging(profiles);
    }

    public Logger logger(String name) {
        return context.getLogger(name);
    }

    /** The encoder of the console appender, the one every line goes through. */
    @SuppressWarnings("unchecked")
    public Encoder<ILoggingEvent> consoleEncoder() {
        return ((OutputStreamAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")).getEncoder();
    }

    public void stop() {
        context.stop();
    }

    private static ConfigurableEnvironment environment(String... profiles) {
        var environment = new StandardEnvironment();
        var loader = new YamlPropertySourceLoader();
        var files = new java.util.ArrayList<>(List.of("application.yml"));
        for (var profile : profiles) {
            files.add(0, "application-" + profile + ".yml");
        }
        for (var file : files) {
            var resource = new ClassPathResource(file);
            if (!resource.exists()) {
                continue;
            }
            try {
                loader.load(file, resource).forEach(source -> environment.getPropertySources().addLast(source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        environment.setActiveProfiles(profiles);
        return environment;
    }

    /**
     * Spring Boot's own configurator, the one that understands {@code <springProfile>}; it is not public, and the test
     * must not reconfigure the JVM's logging through Spring Boot's logging system to reach it.
     */
    private JoranConfigurator configurator(ConfigurableEnvironment environment) throws ReflectiveOperationException {
        var type = Class.forName("org.springframework.boot.logging.logback.SpringBootJoranConfigurator");
        var constructor = type.getDeclaredConstructor(LoggingInitializationContext.class);
        constructor.setAccessible(true);
        var configurator = (JoranConfigurator) constructor.newInstance(new LoggingInitializationContext(environment));
        configurator.setContext(context);
        return configurator;
    }
}

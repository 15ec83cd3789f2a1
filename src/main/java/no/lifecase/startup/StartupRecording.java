package no.lifecase.startup;

import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.ApplicationStartup;

/** The recorder {@code LifecaseApplication} starts with, whose steps {@link StartupLog} divides into phases. */
public final class StartupRecording {

    private StartupRecording() {
    }

    public static ApplicationStartup buffer() {
        return new BufferingApplicationStartup(StartupLog.CAPACITY);
    }
}

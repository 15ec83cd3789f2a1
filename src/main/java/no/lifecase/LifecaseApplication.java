package no.lifecase;

import no.lifecase.startup.StartupRecording;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LifecaseApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(LifecaseApplication.class);
        // Records each start-up step, so that the log can say what start-up spent its time on (docs/adr/0049).
        application.setApplicationStartup(StartupRecording.buffer());
        application.run(args);
    }
}

package no.lifecase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LifecaseApplication {

    public static void main(String[] args) {
        SpringApplication.run(LifecaseApplication.class, args);
    }
}

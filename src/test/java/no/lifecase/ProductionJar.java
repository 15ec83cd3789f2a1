package no.lifecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * The jar the build packages into target/ and the Dockerfile runs: failsafe's integration tests come after
 * {@code package}, so they see the jar of this very build.
 */
final class ProductionJar {

    /** Where the product's classes and resources sit inside a Spring Boot jar. */
    static final String CLASSES = "BOOT-INF/classes/";

    /** Where its libraries sit. */
    static final String LIBRARIES = "BOOT-INF/lib/";

    private ProductionJar() {
    }

    /** The newest target/lifecase-*.jar, so that a jar of an older version left in target/ does not stand in for it. */
    static Path path() {
        try (var files = Files.newDirectoryStream(Path.of("target"), "lifecase-*.jar")) {
            Path newest = null;
            for (var file : files) {
                if (newest == null || modified(file).compareTo(modified(newest)) > 0) {
                    newest = file;
                }
            }
            assertThat(newest).as("target/lifecase-*.jar: run the integration tests with ./mvnw verify, after package").isNotNull();
            return newest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file);
    }
}

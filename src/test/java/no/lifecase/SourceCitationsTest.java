package no.lifecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Comments in the code and the models cite only what a reader of the repository can open: docs/domain.md for the
 * public facts about registers and life events, docs/adr/ for Lifecase's decisions. A citation of a document kept
 * outside the repository fails here with its file and line, and so does a cited docs/ file, ADR number or
 * docs/domain.md heading that does not exist.
 */
class SourceCitationsTest {

    private static final List<Path> SCANNED = List.of(Path.of("src"));
    private static final Set<String> TEXT_FILES = Set.of("java", "bpmn", "dmn", "form", "xml", "yml", "yaml",
            "properties", "md", "html", "sql", "json", "csv", "css", "txt");
    private static final Path THIS_TEST = Path.of("src/test/java/no/lifecase/SourceCitationsTest.java");

    /** What cites a document outside the repository, with what a reader is told instead. */
    private static final Map<Pattern, String> OUTSIDE = Map.of(
            Pattern.compile("\\bDESIGN\\b"), "a design document outside the repository; cite docs/adr/",
            Pattern.compile("(?i)\\bdomain\\s+notes\\b"), "notes outside the repository; cite docs/domain.md",
            Pattern.compile("(?i)\\bour\\s+notes\\b"), "notes outside the repository; cite docs/domain.md",
            Pattern.compile("registers-and-life-events"), "notes outside the repository; cite docs/domain.md",
            Pattern.compile("(?<![\\w/.-])(\\.\\./)?shared/(DESIGN|STYLE|domain|registers|hooks)\\b|\\.\\./shared\\b"),
            "a path outside the repository",
            Pattern.compile("(?<!RFC \\d{1,5} )§\\d+(\\.\\d+)*"),
            "a section number of notes outside the repository (a statute reads \"§ 2-1\"); cite docs/domain.md");

    private static final Pattern DOCS_FILE = Pattern.compile(
            "(?<![\\w/.-])(docs/[\\w./-]*?\\.md)(?![\\w])(?:#([\\w-]+))?");
    private static final Pattern ADR_PATH = Pattern.compile("(?<![\\w/.-])docs/adr/(\\d{4})(?!\\d)");
    private static final Pattern ADR_NUMBER = Pattern.compile("\\bADR (\\d{1,4})\\b");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*$");

    @Test
    void commentsCiteNoDocumentOutsideTheRepository() {
        var findings = new ArrayList<String>();
        for (var file : scannedFiles()) {
            findings.addAll(outsideCitations(file.toString(), read(file)));
        }
        assertThat(findings).as("citations of documents outside the repository").isEmpty();
    }

    @Test
    void everyCitedDocumentAndHeadingExists() {
        var findings = new ArrayList<String>();
        for (var file : scannedFiles()) {
            findings.addAll(missingDocuments(file.toString(), read(file)));
        }
        assertThat(findings).as("cited documents that are not in the repository").isEmpty();
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        var outside = "see DESIGN §5, the domain\n notes §7.2, our notes, ../shared/x.md and shared/registers/, §7.4";
        assertThat(outsideCitations("Sample.java", outside)).hasSize(8)
                .anyMatch(finding -> finding.startsWith("Sample.java:1: \"DESIGN\" is a design document"))
                .anyMatch(finding -> finding.startsWith("Sample.java:1: \"domain notes\" is notes"));
        assertThat(outsideCitations("Sample.java", "ok\n(registers-and-life-events.md)"))
                .containsExactly("Sample.java:2: \"registers-and-life-events\" is notes outside the repository; "
                        + "cite docs/domain.md");
        var inside = "RFC 6749 §5.2, folketrygdloven § 4-4, src/main/java/no/lifecase/agency/notify-agency.bpmn, Universal design";
        assertThat(outsideCitations("Sample.java", inside)).isEmpty();

        var missing = "docs/domain.md#no-such-heading, docs/none.md, docs/adr/9999, ADR 9999";
        assertThat(missingDocuments("Sample.java", missing)).hasSize(4);
        var existing = "docs/domain.md#having-a-child, docs/domain.md#courts-estate-feed, docs/performance.md, "
                + "docs/adr/0030, ADR 16, /v3/api-docs/citizen";
        assertThat(missingDocuments("Sample.java", existing)).isEmpty();
    }

    private static List<String> outsideCitations(String file, String text) {
        var findings = new ArrayList<String>();
        OUTSIDE.forEach((pattern, why) -> {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                findings.add(where(file, text, matcher.start()) + ": \"" + matcher.group().replaceAll("\\s+", " ")
                        + "\" is " + why);
            }
        });
        return findings;
    }

    private static List<String> missingDocuments(String file, String text) {
        var findings = new ArrayList<String>();
        Matcher docs = DOCS_FILE.matcher(text);
        while (docs.find()) {
            var cited = Path.of(docs.group(1));
            if (!Files.isRegularFile(cited)) {
                findings.add(where(file, text, docs.start()) + ": " + cited + " does not exist");
            } else if (docs.group(2) != null && !headingAnchors(cited).contains(docs.group(2))) {
                findings.add(where(file, text, docs.start()) + ": " + cited + " has no heading #" + docs.group(2));
            }
        }
        Matcher adrPath = ADR_PATH.matcher(text);
        while (adrPath.find()) {
            if (!adrExists(Integer.parseInt(adrPath.group(1)))) {
                findings.add(where(file, text, adrPath.start()) + ": no docs/adr/" + adrPath.group(1) + "-*.md");
            }
        }
        Matcher adrNumber = ADR_NUMBER.matcher(text);
        while (adrNumber.find()) {
            if (!adrExists(Integer.parseInt(adrNumber.group(1)))) {
                findings.add(where(file, text, adrNumber.start()) + ": no ADR numbered " + adrNumber.group(1));
            }
        }
        return findings;
    }

    private static List<Path> scannedFiles() {
        var files = new ArrayList<Path>();
        for (var root : SCANNED) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(SourceCitationsTest::isText)
                        .filter(path -> !path.equals(THIS_TEST)).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(files).as("files under " + SCANNED).hasSizeGreaterThan(100);
        return files;
    }

    private static boolean isText(Path path) {
        var name = path.getFileName().toString();
        var dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_FILES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String where(String file, String text, int offset) {
        var line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return file + ":" + line;
    }

    /** The anchors a Markdown renderer gives the headings: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> headingAnchors(Path markdown) {
        return HEADING.matcher(read(markdown)).results()
                .map(heading -> heading.group(1).toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }

    private static boolean adrExists(int number) {
        var prefix = String.format(Locale.ROOT, "%04d-", number);
        try (Stream<Path> adrs = Files.list(Path.of("docs/adr"))) {
            return adrs.anyMatch(adr -> adr.getFileName().toString().startsWith(prefix)
                    && adr.getFileName().toString().endsWith(".md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

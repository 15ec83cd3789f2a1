package no.lifecase.simulator.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.AgencyProperties;
import no.lifecase.agency.appeal.AppealBodies;
import no.lifecase.simulator.domstol.Court;
import no.lifecase.simulator.population.Municipality;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every agency a shipped model can give a task or a notice to has a demo caseworker and a demo supervisor in the embedded
 * default (docs/adr/0060-a-worklist-to-run-a-day-on.md), so that the demo can be worked from start to end. The agencies
 * are found in the models themselves: every quoted agency id in a BPMN or DMN file, and for an id built from a prefix
 * ({@code "kommune-" + residenceMunicipality}) every agency of the catalogue with that prefix; the district court of
 * every municipality the simulated population lives in, which a death there is routed to through the court districts
 * (docs/adr/0062); and the appeal body of each of them (docs/adr/0056), which an upheld appeal goes to.
 */
class DemoStaffForEveryRoutableAgencyTest {

    private static final Path MODELS = Path.of("src/main/java/no/lifecase");
    private static final Pattern QUOTED = Pattern.compile("(?:\"|&quot;)([a-zA-Z0-9-]+)(?:\"|&quot;)\\s*(\\+)?");
    private static final Pattern CANDIDATE_GROUPS = Pattern.compile("candidateGroups=\"([^\"$]+)\"");

    private final AgencyCatalogue catalogue = new AgencyCatalogue(new AgencyProperties(Map.of(), Map.of()));

    @Test
    void every_routable_agency_has_a_demo_caseworker_and_a_demo_supervisor() throws IOException {
        var routable = routableAgencies();
        assertThat(routable).as("agencies the models route to")
                .contains("nav", "kommune-3907", "brreg", "helfo", "helseforetak-ous", "helseforetak-unn", "tingrett-TOSL", "tingrett-THOR",
                        "nav-klageinstans", "statsforvalteren-vestland");

        var caseworkers = new HashMap<String, Set<String>>();
        var supervisors = new HashMap<String, Set<String>>();
        for (var demo : demoCaseworkers()) {
            var agency = String.valueOf(demo.get("agency"));
            var into = Boolean.TRUE.equals(demo.get("supervisor")) ? supervisors : caseworkers;
            into.computeIfAbsent(agency, key -> new TreeSet<>()).add(String.valueOf(demo.get("id")));
        }
        assertThat(routable).allSatisfy(agency -> {
            assertThat(caseworkers).as("a demo caseworker of %s", agency).containsKey(agency);
            assertThat(supervisors).as("a demo supervisor of %s", agency).containsKey(agency);
        });
        assertThat(caseworkers.keySet()).as("demo staff of agencies in the catalogue").allMatch(catalogue::isAgency);
    }

    private Set<String> routableAgencies() throws IOException {
        var routable = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(MODELS)) {
            for (var file : files.filter(path -> path.toString().endsWith(".bpmn") || path.toString().endsWith(".dmn")).toList()) {
                var text = Files.readString(file);
                var quoted = QUOTED.matcher(text);
                while (quoted.find()) {
                    var id = quoted.group(1);
                    if (quoted.group(2) != null) {
                        catalogue.all().stream().map(Agency::id).filter(agency -> agency.startsWith(id)).forEach(routable::add);
                    } else if (catalogue.isAgency(id)) {
                        routable.add(id);
                    }
                }
                var groups = CANDIDATE_GROUPS.matcher(text);
                while (groups.find()) {
                    for (var group : groups.group(1).split(",")) {
                        if (catalogue.isAgency(group.strip())) {
                            routable.add(group.strip());
                        }
                    }
                }
            }
        }
        Municipality.ALL.forEach(municipality -> Court.ofMunicipality(municipality.number())
                .ifPresent(court -> routable.add("tingrett-" + court.name())));
        var appealBodies = new AppealBodies(catalogue);
        routable.addAll(routable.stream().map(appealBodies::of).flatMap(Optional::stream).toList());
        return routable;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> demoCaseworkers() {
        try (InputStream settings = DemoStaffForEveryRoutableAgencyTest.class.getClassLoader().getResourceAsStream("application-embedded.yml")) {
            Map<String, Object> loaded = new Yaml().load(settings);
            var lifecase = (Map<String, Object>) loaded.get("lifecase");
            var demo = (Map<String, Object>) lifecase.get("demo");
            return (List<Map<String, Object>>) demo.get("caseworkers");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

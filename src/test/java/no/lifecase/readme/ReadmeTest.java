package no.lifecase.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What can be checked of the README without running Lifecase: every command is in a block the integration test runs
 * ({@link ReadmeExamplesIT}), in an order that works, as users who exist in the embedded default (docs/adr/0046).
 */
class ReadmeTest {

    private static final Readme README = Readme.ofThisProject();
    private static final Pattern BUILD_COMMAND = Pattern.compile("^(\\./mvnw|docker compose)(\\s.*)?$");
    private static final Pattern CASE_REFERENCE = Pattern.compile("LE-\\d{4}-\\d+");
    private static final Pattern USER_IN_A_CELL = Pattern.compile("`([\\w.-]+)`( \\(supervisor\\))?");

    @Test
    void every_shell_block_holds_examples_against_the_running_application_or_build_commands() {
        assertThat(README.examples()).as("the examples the integration test runs").hasSizeGreaterThan(20);
        for (var block : README.blocks()) {
            if (!block.isExample()) {
                assertThat(block.text()).as("README.md block at line %d: a curl outside the examples", block.firstLine())
                        .doesNotContain("curl ");
            }
            if (block.info().equals("sh") && !block.isExample()) {
                assertThat(block.commands()).as("README.md block at line %d", block.firstLine())
                        .allSatisfy(command -> assertThat(command.joined()).matches(BUILD_COMMAND));
            }
        }
    }

    @Test
    void no_command_hides_in_the_prose_where_no_test_runs_it() {
        assertThat(README.inlineCode()).noneSatisfy(span -> assertThat(span.code()).contains("curl "));
    }

    @Test
    void the_examples_find_case_references_in_the_answers_instead_of_naming_one() {
        assertThat(CASE_REFERENCE.matcher(README.text()).results().map(match -> match.group())).isEmpty();
    }

    @Test
    void every_example_calls_lifecase_waits_for_it_or_sets_a_variable() {
        assertThat(README.examples()).allSatisfy(command ->
                assertThat(command.callsLifecase() || command.isWait() || command.assigns().isPresent()).as("%s", command).isTrue());
    }

    @Test
    void every_variable_an_example_uses_is_set_by_an_example_before_it() {
        var set = new HashSet<String>();
        for (var command : README.examples()) {
            assertThat(set).as("%s", command).containsAll(command.uses());
            command.assigns().ifPresent(set::add);
        }
    }

    @Test
    void the_examples_and_the_tables_log_in_as_demo_users_of_the_embedded_default_with_their_passwords() {
        var demoUsers = DemoUsers.ofTheEmbeddedDefault();
        var credentials = new LinkedHashSet<Readme.Credentials>();
        README.examples().forEach(command -> credentials.addAll(command.credentials()));
        README.links().forEach(link -> link.user().ifPresent(credentials::add));

        assertThat(credentials).extracting(Readme.Credentials::user).contains("demo", "nav1", "navleder");
        assertThat(credentials).allSatisfy(login -> assertThat(demoUsers.find(login.user()))
                .as("demo user %s", login.user()).hasValueSatisfying(user -> assertThat(user.password()).isEqualTo(login.password())));
    }

    @Test
    void the_table_of_caseworkers_lists_the_demo_caseworkers_of_the_embedded_default() {
        var listed = new HashSet<DemoUsers.DemoUser>();
        for (var row : README.table("| user | agency | sees |")) {
            var agency = row.get(1).replace("`", "");
            var users = USER_IN_A_CELL.matcher(row.get(0));
            while (users.find()) {
                listed.add(new DemoUsers.DemoUser(users.group(1), users.group(1), false, agency, users.group(2) != null));
            }
        }

        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                DemoUsers.ofTheEmbeddedDefault().all().stream().filter(user -> !user.administrator()).toList());
    }

    @Test
    void a_command_is_read_as_the_shell_reads_it(@TempDir Path directory) throws IOException {
        var readme = directory.resolve("README.md");
        Files.writeString(readme, """
                Text with `GET /api/things` and `POST /api/things/{id}`, and a link <http://localhost:8080/api/things>.

                | open | for | log in as |
                |---|---|---|
                | <http://localhost:8080/api/cases> | cases | `demo` / `demo` (administrator) |

                ```sh
                # a comment line
                THING=$(curl -s -u demo:demo http://localhost:8080/api/things \\
                     | jq -r '.[0].id')                         # the first thing
                curl -H 'Content-Type: application/json' -d '{"id":"'$THING'"}' \\
                     http://localhost:8080/api/things          # 201: made
                sleep 5                                         # let it settle
                ```

                ```sh
                ./mvnw verify
                ```
                """);

        var parsed = Readme.of(readme);
        var commands = parsed.examples();

        assertThat(parsed.blocks()).extracting(Readme.Block::isExample).containsExactly(true, false);
        assertThat(commands).extracting(Readme.Command::line).containsExactly(9, 11, 13);
        var assignment = commands.get(0);
        assertThat(assignment.assigns()).contains("THING");
        assertThat(assignment.onlyReads()).isTrue();
        assertThat(assignment.expectedStatus()).isEmpty();
        assertThat(assignment.credentials()).containsExactly(new Readme.Credentials("demo", "demo"));
        assertThat(assignment.joined()).isEqualTo("THING=$(curl -s -u demo:demo http://localhost:8080/api/things      | jq -r '.[0].id')"
                + "                         # the first thing");
        var post = commands.get(1);
        assertThat(post.uses()).containsExactly("THING");
        assertThat(post.onlyReads()).isFalse();
        assertThat(post.expectedStatus()).isEqualTo(OptionalInt.of(201));
        assertThat(post.isWait()).isFalse();
        assertThat(commands.get(2).isWait()).isTrue();
        assertThat(parsed.endpoints()).containsExactly(new Readme.Endpoint(1, "GET", "/api/things"));
        assertThat(parsed.links()).containsExactly(
                new Readme.Link(1, "http://localhost:8080/api/things", Optional.empty()),
                new Readme.Link(5, "http://localhost:8080/api/cases", Optional.of(new Readme.Credentials("demo", "demo"))));
        assertThat(Set.copyOf(parsed.table("| open | for | log in as |").get(0))).contains("cases");
    }
}

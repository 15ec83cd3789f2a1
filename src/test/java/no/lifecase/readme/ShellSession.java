package no.lifecase.readme;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The README's commands run one after another in bash, as a reader runs them in one terminal: the variables one
 * command sets are there for the next. Each command runs in a bash of its own, which reads the variables set so far
 * from a file and writes them back, so that the test can act between two commands. Every answer is kept: curl is
 * wrapped so that it also writes each answer's headers and a copy of what it prints to files, and prints as before.
 */
final class ShellSession implements AutoCloseable {

    /** The tools the README's examples need. */
    static final List<String> TOOLS = List.of("bash", "curl", "jq");

    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\S+ (\\d{3})", Pattern.MULTILINE);
    private static final long TIME_LIMIT_SECONDS = 120;

    private final Path workingDirectory;
    private final String host;
    private final Collection<String> variables;
    private final Path scratch;
    private final Path state;

    /**
     * @param workingDirectory where the commands run: the README's paths are relative to the project's root
     * @param host             replaces {@link Readme#HOST} in every command
     * @param variables        the variables the README's commands set, carried from one command to the next
     */
    ShellSession(Path workingDirectory, String host, Collection<String> variables) {
        this.workingDirectory = workingDirectory;
        this.host = host;
        this.variables = List.copyOf(variables);
        try {
            this.scratch = Files.createTempDirectory("lifecase-readme");
            this.state = Files.createFile(scratch.resolve("variables.sh"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tools that are not on the PATH. */
    static List<String> missingTools() {
        var path = System.getenv().getOrDefault("PATH", "");
        return TOOLS.stream().filter(tool -> Stream.of(path.split(File.pathSeparator))
                .noneMatch(directory -> Files.isExecutable(Path.of(directory, tool)))).toList();
    }

    /**
     * What one command did.
     *
     * @param answers every answer it got, in no particular order
     */
    record Outcome(int exitCode, String output, String errors, List<Answer> answers) {

        boolean succeeded() {
            return exitCode == 0;
        }

        List<Integer> statuses() {
            return answers.stream().map(Answer::status).toList();
        }
    }

    /** An answer's status and what curl printed of it, which a pipe may have taken from the command's output. */
    record Answer(int status, String body) {

        @Override
        public String toString() {
            return status + " " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
        }
    }

    /** Runs the command as written, with this session's host and port. A variable it sets must come out non-empty. */
    Outcome run(Readme.Command command) {
        try {
            var answers = Files.createTempDirectory(scratch, "answers");
            var script = new StringBuilder()
                    .append("set -euo pipefail\n")
                    .append("source \"$README_VARIABLES\"\n")
                    .append("curl() { local answer; answer=$(mktemp \"$README_ANSWERS/answer-XXXXXX\"); ")
                    .append("command curl --dump-header \"$answer\" \"$@\" | tee \"$answer.body\"; }\n")
                    .append(command.source().replace(Readme.HOST, host)).append('\n');
            command.assigns().ifPresent(name -> script.append("if [[ -z \"${").append(name).append("-}\" || \"${")
                    .append(name).append("}\" == null ]]; then echo '").append(name).append(" came out empty' >&2; exit 3; fi\n"));
            if (!variables.isEmpty()) {
                script.append("declare -p ").append(String.join(" ", variables)).append(" > \"$README_VARIABLES.next\" 2>/dev/null || true\n")
                        .append("mv \"$README_VARIABLES.next\" \"$README_VARIABLES\"\n");
            }
            var process = bash(script.toString(), answers);
            return new Outcome(process.exitCode, process.output, process.errors, answers(answers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value a README variable has now, or "" if no command has set it. */
    String value(String variable) {
        return bash("source \"$README_VARIABLES\"; printf '%s' \"${" + variable + "-}\"", scratch).output;
    }

    @Override
    public void close() {
        try (var files = Files.walk(scratch)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind harms nothing
        }
    }

    private record Finished(int exitCode, String output, String errors) {
    }

    private Finished bash(String script, Path answers) {
        try {
            var output = Files.createTempFile(scratch, "output", ".txt");
            var errors = Files.createTempFile(scratch, "errors", ".txt");
            var builder = new ProcessBuilder("bash", "-c", script).directory(workingDirectory.toFile())
                    .redirectOutput(output.toFile()).redirectError(errors.toFile());
            builder.environment().put("README_VARIABLES", state.toString());
            builder.environment().put("README_ANSWERS", answers.toString());
            var process = builder.start();
            if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Finished(-1, Files.readString(output), "did not finish within " + TIME_LIMIT_SECONDS + " s");
            }
            return new Finished(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
                    Files.readString(errors, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a README command ran", e);
        }
    }

    private static List<Answer> answers(Path directory) throws IOException {
        var answers = new ArrayList<Answer>();
        try (var files = Files.list(directory)) {
            for (var headers : files.filter(file -> !file.toString().endsWith(".body")).toList()) {
                // The last status line is the answer's: a 100 Continue may come before it.
                var status = STATUS_LINE.matcher(Files.readString(headers, StandardCharsets.ISO_8859_1));
                Integer last = null;
                while (status.find()) {
                    last = Integer.parseInt(status.group(1));
                }
                var body = Path.of(headers + ".body");
                if (last != null) {
                    answers.add(new Answer(last, Files.exists(body) ? Files.readString(body, StandardCharsets.UTF_8) : ""));
                }
            }
        }
        return answers;
    }
}

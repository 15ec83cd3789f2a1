package no.lifecase.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README.md as the tests read it: its fenced blocks, the commands of the examples in the order shown, the links into
 * the running application and the endpoints the prose names with their method (docs/adr/0046).
 */
final class Readme {

    /** Where the README says Lifecase runs; the tests put their own host and port in its place. */
    static final String HOST = "http://localhost:8080";

    private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("<(" + Pattern.quote(HOST) + "[^>]*)>");
    private static final Pattern CREDENTIALS_IN_A_ROW = Pattern.compile("`([\\w.-]+)` / `([^`]+)`");
    private static final Pattern METHOD_AND_PATH = Pattern.compile("^(GET|POST|PUT|DELETE|PATCH) (/\\S*)$");

    private final List<String> lines;
    private final List<Block> blocks = new ArrayList<>();

    private Readme(List<String> lines) {
        this.lines = lines;
        Block open = null;
        var text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            var fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                if (open != null) {
                    text.append(lines.get(i)).append('\n');
                }
            } else if (open == null) {
                open = new Block(i + 2, fence.group(1), "");
                text.setLength(0);
            } else {
                blocks.add(new Block(open.firstLine(), open.info(), text.toString()));
                open = null;
            }
        }
        if (open != null) {
            throw new IllegalStateException("README.md: the block opened before line " + open.firstLine() + " is never closed");
        }
    }

    static Readme of(Path file) {
        try {
            return new Readme(Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The README at the root of the project, where Maven runs the tests. */
    static Readme ofThisProject() {
        return of(Path.of("README.md"));
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    /**
     * @param firstLine the README's line number of the block's first line
     * @param info      what follows the opening fence, e.g. {@code sh}
     */
    record Block(int firstLine, String info, String text) {

        /** A shell block that talks to the running application: its commands are examples the tests run. */
        boolean isExample() {
            return info.equals("sh") && text.contains(HOST);
        }

        List<Command> commands() {
            var commands = new ArrayList<Command>();
            var blockLines = text.split("\n", -1);
            var source = new StringBuilder();
            int start = -1;
            for (int i = 0; i < blockLines.length; i++) {
                var line = blockLines[i];
                if (source.isEmpty() && (line.isBlank() || line.strip().startsWith("#"))) {
                    continue;
                }
                if (source.isEmpty()) {
                    start = firstLine + i;
                }
                source.append(line);
                if (line.endsWith("\\")) {
                    source.append('\n');
                } else {
                    commands.add(new Command(start, source.toString()));
                    source.setLength(0);
                }
            }
            if (!source.isEmpty()) {
                throw new IllegalStateException("README.md line " + start + ": the block ends inside a command");
            }
            return commands;
        }
    }

    /**
     * One command as a shell reads it: lines continued with a backslash are one command.
     *
     * @param line   the README's line number where the command starts
     * @param source the command as written, continuations included
     */
    record Command(int line, String source) {

        private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Z][A-Z0-9_]*)=");
        private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]*)");
        private static final Pattern STATUS_IN_COMMENT = Pattern.compile("\\s#\\s*([1-5]\\d\\d)\\b[^'\"]*$");
        private static final Pattern WAIT = Pattern.compile("^sleep\\s+\\d+(\\s.*)?$");
        private static final Pattern CREDENTIALS = Pattern.compile("(?:^|\\s)-u\\s+([\\w.-]+):(\\S+)");
        private static final Pattern WRITES = Pattern.compile("(?:^|\\s)(-d|--data\\S*|-F|--form|-X|--request|-T|--upload-file)\\s");

        /** The command on one line, as the shell joins it. */
        String joined() {
            return source.replace("\\\n", "");
        }

        /** The variable this command sets, if it is an assignment such as {@code REF=$(curl ...)}. */
        Optional<String> assigns() {
            var assignment = ASSIGNMENT.matcher(source);
            return assignment.find() ? Optional.of(assignment.group(1)) : Optional.empty();
        }

        /** The shell variables the command reads. */
        Set<String> uses() {
            var used = new LinkedHashSet<String>();
            var variables = VARIABLE.matcher(source);
            while (variables.find()) {
                used.add(variables.group(1));
            }
            return used;
        }

        /** The status the README's comment promises ({@code # 202, Location: ...}); otherwise any 2xx is right. */
        OptionalInt expectedStatus() {
            var status = STATUS_IN_COMMENT.matcher(joined());
            return status.find() ? OptionalInt.of(Integer.parseInt(status.group(1))) : OptionalInt.empty();
        }

        /** {@code sleep 20}: the README gives the application time to do what the next commands need. */
        boolean isWait() {
            return WAIT.matcher(joined().strip()).matches();
        }

        boolean callsLifecase() {
            return source.contains("curl ");
        }

        /** Only GETs: asking again changes nothing. */
        boolean onlyReads() {
            return !WRITES.matcher(joined()).find();
        }

        List<Credentials> credentials() {
            var found = new ArrayList<Credentials>();
            var credentials = CREDENTIALS.matcher(joined());
            while (credentials.find()) {
                found.add(new Credentials(credentials.group(1), credentials.group(2)));
            }
            return found;
        }

        @Override
        public String toString() {
            return "README.md line " + line + ": " + joined();
        }
    }

    record Credentials(String user, String password) {
    }

    /**
     * A link into the running application.
     *
     * @param user who the table's row says to log in as, if the link is in a row that names one
     */
    record Link(int line, String url, Optional<Credentials> user) {

        String path() {
            return url.substring(HOST.length());
        }
    }

    /** An endpoint the prose names with its method, e.g. {@code `GET /api/citizen/cases`}. */
    record Endpoint(int line, String method, String path) {
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** Every command of every example block, in the order the README shows them. */
    List<Command> examples() {
        return blocks.stream().filter(Block::isExample).flatMap(block -> block.commands().stream()).toList();
    }

    /** A code span of the prose or a table, e.g. {@code `GET /api/citizen/cases`}; it may run over a line break. */
    record CodeSpan(int line, String code) {
    }

    /** The code spans outside the fenced blocks. */
    List<CodeSpan> inlineCode() {
        var prose = new StringBuilder();
        forEachLine((number, line, inBlock) -> prose.append(inBlock ? "" : line).append('\n'));
        var spans = new ArrayList<CodeSpan>();
        var code = INLINE_CODE.matcher(prose);
        while (code.find()) {
            int line = 1 + (int) prose.substring(0, code.start()).chars().filter(c -> c == '\n').count();
            spans.add(new CodeSpan(line, code.group(1)));
        }
        return spans;
    }

    List<Link> links() {
        var links = new ArrayList<Link>();
        forEachLine((number, line, inBlock) -> {
            if (inBlock) {
                return;
            }
            var credentials = line.startsWith("|") ? loginOfRow(line) : Optional.<Credentials>empty();
            var link = LINK.matcher(line);
            while (link.find()) {
                links.add(new Link(number, link.group(1), credentials));
            }
        });
        return links;
    }

    /** The endpoints named as {@code `METHOD /path`}, without placeholders, which a request can reach as they stand. */
    List<Endpoint> endpoints() {
        var endpoints = new ArrayList<Endpoint>();
        for (var span : inlineCode()) {
            Matcher endpoint = METHOD_AND_PATH.matcher(span.code());
            if (endpoint.matches() && !endpoint.group(2).contains("{") && !endpoint.group(2).contains("<")) {
                endpoints.add(new Endpoint(span.line(), endpoint.group(1), endpoint.group(2)));
            }
        }
        return endpoints;
    }

    /** The rows of the table whose header row is this, each split into its cells. */
    List<List<String>> table(String header) {
        var rows = new ArrayList<List<String>>();
        int headerAt = lines.indexOf(header);
        if (headerAt < 0) {
            throw new IllegalStateException("README.md has no table headed " + header);
        }
        for (int i = headerAt + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            var cells = lines.get(i).split("\\|");
            var row = new ArrayList<String>();
            for (int cell = 1; cell < cells.length; cell++) {
                row.add(cells[cell].strip());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The first user and password in the row's last cell ("log in as"). */
    private static Optional<Credentials> loginOfRow(String row) {
        var cells = row.split("\\|");
        var credentials = CREDENTIALS_IN_A_ROW.matcher(cells[cells.length - 1]);
        return credentials.find() ? Optional.of(new Credentials(credentials.group(1), credentials.group(2))) : Optional.empty();
    }

    private interface LineVisitor {
        void accept(int number, String line, boolean inBlock);
    }

    /** Every line with its number, and whether it belongs to a fenced block (the fences do). */
    private void forEachLine(LineVisitor visitor) {
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            boolean fence = FENCE.matcher(lines.get(i)).matches();
            if (fence) {
                inBlock = !inBlock;
            }
            visitor.accept(i + 1, lines.get(i), inBlock || fence);
        }
    }
}

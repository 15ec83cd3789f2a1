package no.lifecase.benchmark;

import static no.lifecase.benchmark.LifecaseBenchmark.log;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Many closed cases in little time: every row of a few real closed cases, in every table that keeps something of a
 * closed case (the engine's history, its byte arrays, Lifecase's case file), copied in bulk inside PostgreSQL. Each copy
 * has keys of its own and is otherwise the same row, so the tables and their indexes have the real shape and size of
 * that many closed cases. Instance keys (text) get a suffix {@code ~n}, or, where the column is too short for one (the
 * case file's UUIDs), their first eight characters become {@code n} in hex; numeric keys become negative, which no
 * sequence gives, so the node's own rows never meet a copy. Definitions, activities, deployments and the people the
 * cases are about are shared, as they are.
 */
final class ClosedCaseCopies {

    /** Tables with nothing of a closed case: the engine's runtime, repository and identities, and settings and cursors. */
    private static final Set<String> NOT_OF_A_CASE = Set.of("act_ge_property", "act_ge_schema_log", "act_hi_batch",
            "act_hi_caseinst", "act_hi_caseactinst", "flyway_schema_history", "event_feed_cursor", "held_register_event",
            "reference_data", "citizen_language", "process_migration", "worklist_entry", "case_page");

    /** Text columns that hold the key of one case's row, or of one of its instances, tasks, variables or documents. */
    private static final Set<String> TEXT_KEYS = Set.of("id", "id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
            "parent_act_inst_id_", "act_inst_id_", "task_id_", "parent_task_id_", "call_proc_inst_id_",
            "super_process_instance_id_", "process_instance_id_", "bytearray_id_", "var_inst_id_", "dec_inst_id_",
            "root_dec_inst_id_", "error_details_id_", "job_exception_stack_id_", "cause_incident_id_", "root_cause_incident_id_",
            "content_id_", "job_id_", "operation_id_", "process_instance_id", "root_process_instance_id", "task_id", "case_ref",
            "reference", "business_key_", "case_reference", "decision_id", "document_id", "recommendation_id", "open_key",
            "event_key", "signature_job_id");

    /** Numeric columns that hold a key of Lifecase's case file. */
    private static final Set<String> NUMBER_KEYS = Set.of("id", "case_id", "declaration_id");

    /** Keys of the copies: well above any key a sequence gives in a run. */
    private static final long STRIDE = 1_000_000_000L;

    /** How many copies one statement makes, so that progress shows and no transaction grows too large. */
    private static final int COPIES_PER_STATEMENT = 200;

    /** The indexes the report names, largest growth first. */
    private static final int LARGEST_INDEXES = 15;

    private record Column(String type, Integer maxLength) {
    }

    /** What one table keeps of a closed case: its rows, and the bytes its rows (with TOAST) and its indexes grew by per case. */
    record TableShare(long rows, double tableBytes, double indexBytes) {
    }

    record Copied(int templates, long closedCases, long bytesAdded, double seconds, Map<String, TableShare> tables,
                  Map<String, Double> largestIndexes) {
    }

    private ClosedCaseCopies() {
    }

    /**
     * Copies the given closed cases until the database holds about {@code closedCases} more: as many copies of each as
     * that takes.
     */
    static Copied copy(BenchmarkDatabase database, String databaseName, List<Long> templateCaseIds, long closedCases) {
        int copies = (int) Math.max(1, closedCases / templateCaseIds.size());
        long sizeBefore = database.size(databaseName);
        long startedAt = System.nanoTime();
        var rowsPerTemplate = new LinkedHashMap<String, Long>();
        Map<String, Sizes> before;
        Map<String, Sizes> after;
        Map<String, Long> indexesBefore;
        Map<String, Long> indexesAfter;
        try (var c = database.connect(databaseName); var s = c.createStatement()) {
            before = sizes(c);
            indexesBefore = indexSizes(c);
            s.execute("create temporary table template_case as select id, reference, process_instance_id from life_event_case"
                    + " where status = 'CLOSED' and id in (" + String.join(", ", templateCaseIds.stream().map(String::valueOf).toList()) + ")");
            // Bulk load: the copies keep the keys between tables consistent, so foreign keys are not checked row by row.
            s.execute("set session_replication_role = replica");
            var tables = tables(c);
            for (var table : tables.entrySet()) {
                String belongs = belongs(table.getValue());
                if (belongs == null) {
                    continue;
                }
                rowsPerTemplate.put(table.getKey(), count(c, "select count(*) from " + table.getKey() + " where " + belongs)
                        / templateCaseIds.size());
            }
            for (int from = 1; from <= copies; from += COPIES_PER_STATEMENT) {
                int to = Math.min(copies, from + COPIES_PER_STATEMENT - 1);
                for (var table : tables.entrySet()) {
                    String belongs = belongs(table.getValue());
                    if (belongs != null) {
                        s.executeUpdate(copyStatement(table.getKey(), table.getValue(), belongs, from, to));
                    }
                }
                log("closed cases: %d of %d copied".formatted((long) to * templateCaseIds.size(), (long) copies * templateCaseIds.size()));
            }
            s.execute("analyze");
            after = sizes(c);
            indexesAfter = indexSizes(c);
        } catch (SQLException e) {
            throw new IllegalStateException("The closed cases could not be copied: " + e.getMessage(), e);
        }
        long closed = (long) copies * templateCaseIds.size();
        var tables = new LinkedHashMap<String, TableShare>();
        rowsPerTemplate.forEach((table, rows) -> {
            var grown = after.get(table).minus(before.get(table));
            tables.put(table, new TableShare(rows, (double) grown.table() / closed, (double) grown.indexes() / closed));
        });
        var largestIndexes = new LinkedHashMap<String, Double>();
        indexesAfter.entrySet().stream()
                .map(index -> Map.entry(index.getKey(), (double) (index.getValue() - indexesBefore.getOrDefault(index.getKey(), 0L)) / closed))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(LARGEST_INDEXES)
                .forEach(index -> largestIndexes.put(index.getKey(), index.getValue()));
        return new Copied(templateCaseIds.size(), closed, database.size(databaseName) - sizeBefore,
                (System.nanoTime() - startedAt) / 1e9, tables, largestIndexes);
    }

    private record Sizes(long table, long indexes) {
        Sizes minus(Sizes other) {
            return new Sizes(table - other.table, indexes - other.indexes);
        }
    }

    /** Each table's bytes: its rows with their TOAST, and its indexes. */
    private static Map<String, Sizes> sizes(Connection c) throws SQLException {
        var sizes = new LinkedHashMap<String, Sizes>();
        try (var s = c.createStatement(); var rs = s.executeQuery("select relname, pg_table_size(oid), pg_indexes_size(oid) from pg_class"
                + " where relkind = 'r' and relnamespace = 'public'::regnamespace")) {
            while (rs.next()) {
                sizes.put(rs.getString(1), new Sizes(rs.getLong(2), rs.getLong(3)));
            }
        }
        return sizes;
    }

    private static Map<String, Long> indexSizes(Connection c) throws SQLException {
        var sizes = new LinkedHashMap<String, Long>();
        try (var s = c.createStatement(); var rs = s.executeQuery("select indexrelid::regclass::text, pg_relation_size(indexrelid)"
                + " from pg_index join pg_class on pg_class.oid = indrelid where relnamespace = 'public'::regnamespace")) {
            while (rs.next()) {
                sizes.put(rs.getString(1), rs.getLong(2));
            }
        }
        return sizes;
    }

    /** Which rows of a table are the template cases', by the column that ties them to their case; null for none. */
    private static String belongs(Map<String, Column> columns) {
        if (columns.containsKey("root_proc_inst_id_")) {
            return "root_proc_inst_id_ in (select process_instance_id from template_case)";
        }
        for (var column : List.of("case_id", "case_ref", "case_reference", "process_instance_id")) {
            if (columns.containsKey(column)) {
                String key = switch (column) {
                    case "case_id" -> "id";
                    case "process_instance_id" -> "process_instance_id";
                    default -> "reference";
                };
                return column + " in (select " + key + " from template_case)";
            }
        }
        if (columns.containsKey("declaration_id")) {
            return "declaration_id in (select id from signed_declaration where case_ref in (select reference from template_case))";
        }
        return null;
    }

    private static String copyStatement(String table, Map<String, Column> columns, String belongs, int from, int to) {
        var names = new ArrayList<String>();
        var values = new ArrayList<String>();
        columns.forEach((name, column) -> {
            names.add(name);
            if (TEXT_KEYS.contains(name) && column.type().equals("character varying")) {
                values.add(column.maxLength() == null ? name + " || '~' || copy.n"
                        : "case when length(" + name + ") + 1 + length(copy.n::text) <= " + column.maxLength() + " then " + name
                        + " || '~' || copy.n else overlay(" + name + " placing lpad(to_hex(copy.n), 8, '0') from 1 for 8) end");
            } else if (NUMBER_KEYS.contains(name) && column.type().equals("bigint")) {
                values.add("-(copy.n * " + STRIDE + " + " + name + ")");
            } else {
                values.add(name);
            }
        });
        return "insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", values) + " from " + table
                + " cross join generate_series(" + from + "::bigint, " + to + "::bigint) as copy(n) where " + belongs;
    }

    /** Every table of the database that may keep something of a closed case, with its columns and their types. */
    private static Map<String, Map<String, Column>> tables(Connection c) throws SQLException {
        var tables = new LinkedHashMap<String, Map<String, Column>>();
        try (var s = c.createStatement(); var rs = s.executeQuery("select table_name, column_name, data_type, character_maximum_length"
                + " from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!NOT_OF_A_CASE.contains(table) && !table.startsWith("act_ru_") && !table.startsWith("act_re_")
                        && !table.startsWith("act_id_") && !table.equals("template_case")) {
                    tables.computeIfAbsent(table, key -> new LinkedHashMap<>())
                            .put(rs.getString(2), new Column(rs.getString(3), (Integer) rs.getObject(4)));
                }
            }
        }
        return tables;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

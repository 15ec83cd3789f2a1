package no.lifecase.caseworker;

import java.util.Optional;
import java.util.function.Supplier;
import no.lifecase.identity.Fodselsnummer;

/**
 * Who acts on a task when Lifecase's own code calls the engine for them, without an authenticated engine user (so that the
 * engine's authorization checks, meant for staff in Tasklist and the engine's REST API, do not stand in the way of a check
 * Lifecase has made itself): the citizen answering in the portal, or a caseworker handing over or assigning a task
 * through the worklist API. {@link TaskAudit} records them instead of the engine (docs/adr/0060-a-worklist-to-run-a-day-on.md).
 */
public final class TaskActor {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TaskActor() {
    }

    /** A citizen as the audit names them: never the whole identity number, e.g. {@code citizen:010190*****}. */
    public static String citizen(Fodselsnummer citizen) {
        return "citizen:" + citizen.masked();
    }

    /** Runs the work with {@code actor} as the one who acts on the tasks it changes, and forgets them afterwards. */
    public static <T> T actingAs(String actor, Supplier<T> work) {
        var before = CURRENT.get();
        CURRENT.set(actor);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    public static void actingAs(String actor, Runnable work) {
        actingAs(actor, () -> {
            work.run();
            return null;
        });
    }

    static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}

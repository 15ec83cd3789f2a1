package no.lifecase.lifeevent.movinghouse;

/**
 * The names that code, tests and the process model {@code moving-house.bpmn} in this folder share. Moving house is a
 * life event Lifecase does not ship: it lives in the test sources alone, to show that a life event is a folder
 * (docs/adr/0042-a-life-event-is-a-folder.md). Change a name here and in the model together.
 */
public final class MovingHouse {

    public static final String PROCESS_ID = "moving-house";

    /** Folkeregisteret's event type for a new residence address after a move. */
    public static final String RESIDENCE_ADDRESS_CHANGED = "endringIBostedsadresse";

    private MovingHouse() {
    }

    /** Element ids, as they appear in history and in the case timeline. */
    public static final class Element {
        public static final String START_ADDRESS_CHANGED = "StartEvent_AddressChanged";
        public static final String TELL_WHO_MOVES_WITH_YOU = "Task_TellWhoMovesWithYou";
        public static final String END_HOUSEHOLD_KNOWN = "EndEvent_HouseholdKnown";

        private Element() {
        }
    }

    /** Process variables. */
    public static final class Variable {
        /** Set at start: the fødselsnummer of the person who moved. */
        public static final String SUBJECT = "subject";
        /** Set by form {@link Form#HOUSEHOLD}: {@code alone} or {@code with-someone}. */
        public static final String HOUSEHOLD_MOVES = "householdMoves";
        /** Set by form {@link Form#HOUSEHOLD}: the fødselsnummer of the person who moves with the subject. */
        public static final String MOVES_WITH = "movesWith";

        private Variable() {
        }
    }

    /** Form ids in {@code forms/} in this folder. */
    public static final class Form {
        public static final String HOUSEHOLD = "moving-house-household";

        private Form() {
        }
    }
}

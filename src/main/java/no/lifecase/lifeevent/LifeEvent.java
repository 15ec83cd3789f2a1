package no.lifecase.lifeevent;

import java.util.Arrays;
import java.util.Optional;

/**
 * Norway's prioritised life events. The id is also the key of the BPMN process that drives
 * the case, so {@code processes/<id>.bpmn} is the model for each.
 */
public enum LifeEvent {
    HAVING_A_CHILD("having-a-child", "Få barn", "Having a child"),
    DEATH_AND_INHERITANCE("death-and-inheritance", "Dødsfall og arv", "Death and inheritance"),
    NEW_IN_NORWAY("new-in-norway", "Ny i Norge", "New in Norway"),
    LOSING_AND_FINDING_A_JOB("losing-and-finding-a-job", "Miste og finne jobb", "Losing and finding a job"),
    SERIOUSLY_ILL_CHILD("seriously-ill-child", "Alvorlig sykt barn", "Seriously ill child"),
    STARTING_A_BUSINESS("starting-a-business", "Starte og drive en bedrift", "Starting and running a business"),
    STARTING_A_VOLUNTARY_ORGANISATION("starting-a-voluntary-organisation",
            "Starte og drive en frivillig organisasjon", "Starting and running a voluntary organisation");

    private final String id;
    private final String titleNorwegian;
    private final String titleEnglish;

    LifeEvent(String id, String titleNorwegian, String titleEnglish) {
        this.id = id;
        this.titleNorwegian = titleNorwegian;
        this.titleEnglish = titleEnglish;
    }

    public static Optional<LifeEvent> fromId(String id) {
        return Arrays.stream(values()).filter(event -> event.id.equals(id)).findFirst();
    }

    public String id() {
        return id;
    }

    /** The key of the process definition that drives this life event. */
    public String processKey() {
        return id;
    }

    public String titleNorwegian() {
        return titleNorwegian;
    }

    public String titleEnglish() {
        return titleEnglish;
    }
}

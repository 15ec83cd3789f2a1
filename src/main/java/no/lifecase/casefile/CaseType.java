package no.lifecase.casefile;

/**
 * What the case file needs to know of the life event a case belongs to. The case knows its life event by id only;
 * each life event declares the rest in its own folder (docs/architecture.md).
 */
public interface CaseType {

    /** The life event's id, which is also the key of the process that drives its cases. */
    String id();

    default String processKey() {
        return id();
    }

    /** The life event's name in English, for the timeline's first entry. */
    String titleEnglish();

    /** Why the life event's cases read the registers, and the law that lets them: shown beside every read. */
    AccessPurpose accessPurpose();

    /** Which of the process's variables name the people who may act for the case's subject. */
    Representatives representatives();
}

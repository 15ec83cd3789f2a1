package no.lifecase.casefile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The kinds of case within the life event that have a title and purpose of their own; none by default. */
    default List<? extends CaseVariant> variants() {
        return List.of();
    }

    /** The variant a case opening with these facts is, if any. */
    default Optional<? extends CaseVariant> variantFor(Map<String, Object> facts) {
        return variants().stream().filter(variant -> variant.appliesTo(facts)).findFirst();
    }

    /** The purpose of a case of this variant (null: no variant), shown beside every register read. */
    default AccessPurpose accessPurpose(String variantId) {
        return variants().stream().filter(variant -> variant.id().equals(variantId)).findFirst()
                .<AccessPurpose>map(CaseVariant::accessPurpose).orElse(accessPurpose());
    }
}

package no.lifecase.lifeevent;

import java.util.List;
import java.util.Objects;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseType;
import no.lifecase.casefile.CaseVariant;
import no.lifecase.casefile.Representatives;
import no.lifecase.language.Text;

/**
 * One life event as Lifecase runs it: the one small description each life event's folder publishes as a Spring bean
 * (its {@code @Order} is its place in the catalogue). The shared machinery finds the life events through
 * {@link LifeEvents} and names none of them; the folder also holds the life event's models, its start rule
 * ({@link RegisterStart} or {@link CitizenStart}), its register triggers and its delegates (docs/architecture.md,
 * docs/adr/0042-a-life-event-is-a-folder.md).
 *
 * @param id              the life event's id, also the key of the process that drives its cases
 * @param owner           the organisation that owns the process model and answers for the life event
 * @param trigger         what opens a case, as the catalogue tells it
 * @param agencies        the public bodies the process involves, in the order the case usually meets them
 * @param accessPurpose   why its cases read the registers, on which legal basis
 * @param representatives which process variables name the people who may act for the subject
 */
public record LifeEvent(String id, Text title, Text owner, Trigger trigger, List<Involved> agencies,
                        AccessPurpose accessPurpose, Representatives representatives, List<Variant> variants) implements CaseType {

    /**
     * A kind of case within the life event that the citizen meets under its own title and purpose (docs/adr/0051).
     *
     * @param variable the process variable that, true at the case's opening, makes the case this variant
     */
    public record Variant(String id, String variable, Text title, AccessPurpose accessPurpose) implements CaseVariant {
    }

    public LifeEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        agencies = List.copyOf(agencies);
        representatives = representatives == null ? Representatives.NONE : representatives;
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    public LifeEvent(String id, Text title, Text owner, Trigger trigger, List<Involved> agencies, AccessPurpose accessPurpose,
                     Representatives representatives) {
        this(id, title, owner, trigger, agencies, accessPurpose, representatives, List.of());
    }

    /** The same life event with one more variant. */
    public LifeEvent withVariant(Variant variant) {
        var all = new java.util.ArrayList<>(variants);
        all.add(variant);
        return new LifeEvent(id, title, owner, trigger, agencies, accessPurpose, representatives, all);
    }

    /** The title of a case of this variant (null: the life event's usual case). */
    public Text title(String variantId) {
        return variants.stream().filter(variant -> variant.id().equals(variantId)).findFirst().map(Variant::title).orElse(title);
    }

    @Override
    public String titleEnglish() {
        return title.en();
    }

    public String titleNorwegian() {
        return title.nb();
    }
}

package no.lifecase.lifeevent;

import java.util.List;
import java.util.Optional;
import no.lifecase.casefile.CaseTypes;
import org.springframework.stereotype.Component;

/**
 * The life events of this installation: every {@link LifeEvent} bean, in their {@code @Order}. Adding a life event
 * adds a bean; nothing here changes.
 */
@Component
public class LifeEvents implements CaseTypes {

    private final List<LifeEvent> all;

    LifeEvents(List<LifeEvent> all) {
        var ids = all.stream().map(LifeEvent::id).distinct().count();
        if (ids != all.size()) {
            throw new IllegalStateException("Two life events have the same id: " + all.stream().map(LifeEvent::id).toList());
        }
        this.all = List.copyOf(all);
    }

    @Override
    public List<LifeEvent> all() {
        return all;
    }

    @Override
    public Optional<LifeEvent> find(String id) {
        return all.stream().filter(lifeEvent -> lifeEvent.id().equals(id)).findFirst();
    }
}

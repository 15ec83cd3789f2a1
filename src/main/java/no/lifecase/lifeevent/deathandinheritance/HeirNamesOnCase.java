package no.lifecase.lifeevent.deathandinheritance;

import java.util.Map;
import java.util.stream.Collectors;
import no.lifecase.lifeevent.NamesOnCase;
import org.springframework.stereotype.Component;

/** The heirs' names as the heirs' declaration holds them (docs/adr/0061), for the signing panel (docs/adr/0062). */
@Component
class HeirNamesOnCase implements NamesOnCase {

    private final HeirDeclarations declarations;

    HeirNamesOnCase(HeirDeclarations declarations) {
        this.declarations = declarations;
    }

    @Override
    public Map<String, String> on(String caseReference) {
        return declarations.of(caseReference).stream()
                .collect(Collectors.toMap(HeirDeclarations.Heir::heir, HeirDeclarations.Heir::name, (first, second) -> first));
    }
}

package no.lifecase.lifeevent.deathandinheritance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import no.lifecase.casefile.CasePeople;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.evidence.EvidenceFact;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.language.Kroner;
import no.lifecase.language.Language;
import no.lifecase.language.Text;
import no.lifecase.register.estate.EstateItem;
import no.lifecase.register.estate.EstateOverview;
import org.springframework.stereotype.Component;

/**
 * The register data a death case's decisions rest on, as its heirs preview them (docs/adr/0063): the family
 * Folkeregisteret gave the case, and the estate overview the heir is entitled to. Amounts are written as each
 * language writes kroner.
 */
@Component
class DeathCaseEvidence {

    private final CaseService cases;
    private final DataAccessLog accessLog;
    private final CasePeople people;
    private final EstateOverview estate;
    private final HeirDeclarations declarations;

    DeathCaseEvidence(CaseService cases, DataAccessLog accessLog, CasePeople people, EstateOverview estate,
                      HeirDeclarations declarations) {
        this.cases = cases;
        this.accessLog = accessLog;
        this.people = people;
        this.estate = estate;
        this.declarations = declarations;
    }

    /** Each person Folkeregisteret was read about for the case, with their name where it gave one, at the first read. */
    List<EvidenceFact> family(CaseReference caseRef) {
        var lifeEventCase = cases.find(caseRef).orElseThrow();
        // The heirs' names as their declaration holds them, so that an heir tells the heirs apart by more than a masked number.
        var names = new LinkedHashMap<String, String>();
        declarations.of(caseRef.value()).stream().filter(heir -> heir.name() != null && !heir.name().isBlank())
                .forEach(heir -> names.put(heir.heir(), heir.name()));
        names.putAll(people.namesOn(caseRef));
        var firstRead = new LinkedHashMap<String, java.time.Instant>();
        accessLog.of(lifeEventCase).stream()
                .filter(read -> "folkeregisteret".equals(read.register()) && Fodselsnummer.isValid(read.about()))
                .forEach(read -> firstRead.putIfAbsent(read.about(), read.accessedAt()));
        var facts = new ArrayList<EvidenceFact>();
        firstRead.forEach((person, readAt) -> {
            var masked = Fodselsnummer.parse(person).masked();
            var name = names.get(person);
            var deceased = person.equals(lifeEventCase.subject().value());
            var who = name == null ? masked : name + " (" + masked + ")";
            facts.add(new EvidenceFact("folkeregisteret", readAt, deceased
                    ? new Text("Avdøde: " + who, "Den avdøde: " + who, "The deceased: " + who)
                    : new Text("Arving: " + who, "Arving: " + who, "Heir: " + who)));
        });
        return facts;
    }

    /** The estate overview the reader is entitled to, one fact per bank, property right and vehicle. */
    List<EvidenceFact> estate(CaseReference caseRef, Fodselsnummer reader) {
        return estate.gatheredFor(caseRef, reader).stream()
                .map(read -> new EvidenceFact(read.source(), read.readAt(), describe(read.item())))
                .toList();
    }

    private Text describe(EstateItem item) {
        if (item instanceof EstateItem.BankItem bank) {
            var name = bank.bankName() != null ? bank.bankName() : bank.organizationNumber();
            if (!bank.answered()) {
                return new Text(name + ": banken svarer ikke digitalt ennå", name + ": banken svarar ikkje digitalt enno",
                        name + ": the bank does not answer digitally yet");
            }
            var nok = Kroner.written(bank.totalBalance(), Language.NB);
            return new Text(name + ": " + bank.accountCount() + " konto(er), saldo til sammen " + nok,
                    name + ": " + bank.accountCount() + " konto(ar), saldo til saman " + nok,
                    name + ": " + bank.accountCount() + " account(s), total balance " + Kroner.written(bank.totalBalance(), Language.EN));
        }
        if (item instanceof EstateItem.PropertyItem property) {
            var where = property.address() + ", " + property.municipalityNumber() + "-" + property.holdingNumber() + "/"
                    + property.subholdingNumber();
            return new Text(where + ", andel " + property.share(), where + ", del " + property.share(),
                    where + ", share " + property.share());
        }
        var vehicle = (EstateItem.VehicleItem) item;
        var what = vehicle.registrationNumber() + " " + vehicle.make() + " " + vehicle.model()
                + (vehicle.year() == null ? "" : " (" + vehicle.year() + ")");
        return new Text(what, what, what);
    }
}

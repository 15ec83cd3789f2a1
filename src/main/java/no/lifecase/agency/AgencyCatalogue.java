package no.lifecase.agency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every agency that can receive a task: the state agencies of the seven life events, the municipalities,
 * district courts and health trusts the simulators and demo use, and whatever configuration adds
 * ({@link AgencyProperties}). The catalogue is fixed once the application has started.
 */
@Component
@EnableConfigurationProperties(AgencyProperties.class)
public class AgencyCatalogue {

    private static final Pattern MUNICIPALITY_NUMBER = Pattern.compile("\\d{4}");
    private static final Pattern COURT_CODE = Pattern.compile("T[A-Z]{3}");

    private static final List<Agency> BUILT_IN = List.of(
            new Agency("nav", "Arbeids- og velferdsetaten (Nav)", "Arbeids- og velferdsetaten (Nav)", "Norwegian Labour and Welfare Administration (Nav)", "Nav",
                    AgencyKind.STATE_AGENCY),
            new Agency("skatteetaten", "Skatteetaten", "Skatteetaten", "Norwegian Tax Administration", "Skatteetaten", AgencyKind.STATE_AGENCY),
            new Agency("udi", "Utlendingsdirektoratet (UDI)", "Utlendingsdirektoratet (UDI)", "Norwegian Directorate of Immigration (UDI)", "UDI",
                    AgencyKind.STATE_AGENCY),
            new Agency("helfo", "Helfo", "Helfo", "Helfo, the Norwegian Health Economics Administration", "Helfo", AgencyKind.STATE_AGENCY),
            new Agency("brreg", "Brønnøysundregistrene", "Brønnøysundregistera", "The Brønnøysund Register Centre", "Brønnøysundregistrene",
                    AgencyKind.STATE_AGENCY),
            // Where work for persons with a protected address goes, so no municipality learns where they live.
            new Agency("nav-vikafossen", "Nav Vikafossen", "Nav Vikafossen", "Nav Vikafossen (persons with a protected address)", "Nav Vikafossen",
                    AgencyKind.STATE_AGENCY),
            new Agency("nasjonal-helsetjeneste", "Nasjonal helsetjeneste for personer med adressesperre",
                    "Nasjonal helseteneste for personar med adressesperre",
                    "National health service for persons with a protected address", "Nasjonal helsetjeneste",
                    AgencyKind.STATE_AGENCY),
            new Agency("norsk-tipping", "Norsk Tipping", "Norsk Tipping", "Norsk Tipping (the Grasrotandel scheme)", "Norsk Tipping",
                    AgencyKind.STATE_AGENCY),
            // The owners of the registers an evidence preview shows, who answer a citizen's report of an error
            // (docs/adr/0063). Finans Norge runs the banks' DSOP service and reaches the bank in question.
            new Agency("kartverket", "Kartverket", "Kartverket", "Norwegian Mapping Authority (Kartverket)", "Kartverket",
                    AgencyKind.STATE_AGENCY),
            new Agency("statens-vegvesen", "Statens vegvesen", "Statens vegvesen", "Norwegian Public Roads Administration",
                    "Statens vegvesen", AgencyKind.STATE_AGENCY),
            new Agency("finans-norge", "Finans Norge (for bankene)", "Finans Noreg (for bankane)", "Finance Norway (for the banks)",
                    "Finans Norge", AgencyKind.STATE_AGENCY),
            new Agency("lotteritilsynet", "Lotteri- og stiftelsestilsynet", "Lotteri- og stiftingstilsynet", "The Norwegian Gaming and Foundation Authority",
                    "Lotteritilsynet", AgencyKind.STATE_AGENCY),
            // Settles refugees in the municipalities; takes the municipality's part for a newcomer with a protected address.
            new Agency("imdi", "Integrerings- og mangfoldsdirektoratet (IMDi)",
                    "Integrerings- og mangfaldsdirektoratet (IMDi)", "Directorate of Integration and Diversity (IMDi)",
                    "IMDi", AgencyKind.STATE_AGENCY),
            // The appeal bodies (docs/adr/0056): Nav klageinstans hears appeals against Nav's decisions, Statsforvalteren
            // those against a municipality's, one office per group of counties.
            new Agency("nav-klageinstans", "Nav klageinstans", "Nav klageinstans", "Nav Appeals (Nav klageinstans)", "Nav klageinstans",
                    AgencyKind.STATE_AGENCY),
            countyGovernor("oslo-viken", "Oslo og Viken", "Oslo and Viken"),
            countyGovernor("vestfold-telemark", "Vestfold og Telemark", "Vestfold and Telemark"),
            countyGovernor("vestland", "Vestland", "Vestland"),
            countyGovernor("rogaland", "Rogaland", "Rogaland"),
            countyGovernor("trondelag", "Trøndelag", "Trøndelag"),
            countyGovernor("troms-finnmark", "Troms og Finnmark", "Troms and Finnmark"),
            countyGovernor("agder", "Agder", "Agder"),
            countyGovernor("innlandet", "Innlandet", "Innlandet"),
            countyGovernor("more-romsdal", "Møre og Romsdal", "Møre og Romsdal"),
            countyGovernor("nordland", "Nordland", "Nordland"),
            municipality("0301", "Oslo"),
            municipality("4601", "Bergen"),
            municipality("5001", "Trondheim"),
            municipality("1103", "Stavanger"),
            municipality("3907", "Sandefjord"),
            municipality("5501", "Tromsø"),
            // The 23 district courts after the court reform of 2021 (docs/adr/0062; codes other than TOSL, TVES, TAGD UNVERIFIED).
            districtCourt("TOSL", "Oslo tingrett"),
            districtCourt("TFNO", "Follo og Nordre Østfold tingrett"),
            districtCourt("TSOF", "Søndre Østfold tingrett"),
            districtCourt("TRGL", "Romerike og Glåmdal tingrett"),
            districtCourt("TRAB", "Ringerike, Asker og Bærum tingrett"),
            districtCourt("TBUS", "Buskerud tingrett"),
            districtCourt("TVES", "Vestfold tingrett"),
            districtCourt("TTEL", "Telemark tingrett"),
            districtCourt("TAGD", "Agder tingrett"),
            districtCourt("TSRO", "Sør-Rogaland tingrett"),
            districtCourt("THSU", "Haugaland og Sunnhordland tingrett"),
            districtCourt("THOR", "Hordaland tingrett"),
            districtCourt("TSOG", "Sogn og Fjordane tingrett"),
            districtCourt("TMRO", "Møre og Romsdal tingrett"),
            districtCourt("TTRO", "Trøndelag tingrett"),
            districtCourt("TOIN", "Østre Innlandet tingrett"),
            districtCourt("TVIN", "Vestre Innlandet tingrett"),
            districtCourt("THEL", "Helgeland tingrett"),
            districtCourt("TSAL", "Salten og Lofoten tingrett"),
            districtCourt("TMHA", "Midtre Hålogaland tingrett"),
            districtCourt("TNTS", "Nord-Troms og Senja tingrett"),
            districtCourt("TVFI", "Vestre Finnmark tingrett"),
            districtCourt("TIOF", "Indre og Østre Finnmark tingrett"),
            healthTrust("ous", "Oslo universitetssykehus HF", "Oslo University Hospital", "OUS"),
            healthTrust("helse-bergen", "Helse Bergen HF", "Bergen Health Trust (Haukeland University Hospital)", "Helse Bergen"),
            healthTrust("st-olavs", "St. Olavs hospital HF", "St. Olav's University Hospital", "St. Olavs hospital"),
            healthTrust("helse-stavanger", "Helse Stavanger HF", "Stavanger University Hospital", "Helse Stavanger"),
            healthTrust("unn", "Universitetssykehuset Nord-Norge HF", "University Hospital of North Norway", "UNN"));

    private final Map<String, Agency> agencies;

    public AgencyCatalogue(AgencyProperties properties) {
        var all = new LinkedHashMap<String, Agency>();
        BUILT_IN.forEach(agency -> all.put(agency.id(), agency));
        properties.municipalities().forEach((number, name) -> add(all, municipality(number, name)));
        properties.districtCourts().forEach((code, name) -> add(all, districtCourt(code, name)));
        this.agencies = Collections.unmodifiableMap(all);
    }

    public Collection<Agency> all() {
        return agencies.values();
    }

    /** The agency among a task's candidate groups (the routing rules give a task to one agency); none for a citizen's task. */
    public Optional<Agency> agencyOf(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> find(link.getGroupId()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    public Optional<Agency> find(String id) {
        return Optional.ofNullable(id).map(agencies::get);
    }

    public boolean isAgency(String id) {
        return id != null && agencies.containsKey(id);
    }

    /** The Camunda group ids of all agencies and their supervisors. */
    public List<String> groupIds() {
        var ids = new ArrayList<String>();
        agencies.values().forEach(agency -> {
            ids.add(agency.id());
            ids.add(agency.supervisorsGroupId());
        });
        return ids;
    }

    /** A municipality by its kommunenummer: {@code kommune-0301}, "Oslo kommune". */
    public static Agency municipality(String number, String name) {
        if (number == null || !MUNICIPALITY_NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("A kommunenummer has four digits: " + number);
        }
        return new Agency("kommune-" + number, name + " kommune", name + " kommune", name + " municipality", name + " kommune",
                AgencyKind.MUNICIPALITY);
    }

    /** A district court by its court code: {@code tingrett-TOSL}, "Oslo tingrett". */
    public static Agency districtCourt(String code, String name) {
        if (code == null || !COURT_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A district court code is T and three capitals: " + code);
        }
        var english = name.endsWith(" tingrett") ? name.substring(0, name.length() - " tingrett".length()) + " District Court" : name;
        return new Agency("tingrett-" + code, name, name, english, name, AgencyKind.DISTRICT_COURT);
    }

    /** A Statsforvalter office ("Statsforvalteren i Vestland"), the appeal body for the municipalities of its counties. */
    private static Agency countyGovernor(String id, String where, String whereEnglish) {
        return new Agency("statsforvalteren-" + id, "Statsforvalteren i " + where, "Statsforvaltaren i " + where,
                "The County Governor of " + whereEnglish, "Statsforvalteren i " + where, AgencyKind.STATE_AGENCY);
    }

    /** A health trust by the name it is registered under, which is the same in bokmål and nynorsk. */
    private static Agency healthTrust(String id, String nameNorwegian, String nameEnglish, String shortName) {
        return new Agency("helseforetak-" + id, nameNorwegian, nameNorwegian, nameEnglish, shortName, AgencyKind.HEALTH_TRUST);
    }

    private static void add(Map<String, Agency> all, Agency agency) {
        all.putIfAbsent(agency.id(), agency);
    }
}

package no.lifecase.portal;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen reads a task's form and a start form in bokmål, nynorsk or English, as chosen with {@code ?lang=}: the
 * labels, help, texts and options come from the texts deployed beside the form, and a wrong answer is explained in the
 * same language, naming the question as the citizen reads it (docs/adr/0052). Over HTTP with the real ID-porten
 * login, no JavaScript; nothing is written on a wrong answer.
 */
@LifecaseIT
class CitizenFormsInThreeLanguagesIT {

    private static final String JOB_START = "/min-side/ny-sak/losing-and-finding-a-job";

    /** What one language shows of a form and says of its wrong answers; and what only the other languages say. */
    private record Expected(String language, List<String> shown, List<String> errors, List<String> otherLanguages) {
    }

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private FeedPoller feeds;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private HistoryService history;

    @Autowired
    private TaskService tasks;

    @Autowired
    private CaseService cases;

    @Test
    void a_mother_reads_the_parental_benefit_offer_and_what_is_wrong_with_her_answer_in_each_language() {
        var simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
        var mother = simulation.example("marriedMotherUnder40");
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", mother))).get("child");
        var instance = simulation.caseOpenedByFeed("folkeregisteret", "having-a-child", child);
        Task offer = await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_ChooseParentalBenefit").singleResult(), task -> task != null);
        var taskPath = "/min-side/saker/" + instance.getBusinessKey() + "/oppgaver/" + offer.getId();
        var browser = new CookieBrowser(port);
        logIn(browser, mother, "idporten-loa-substantial");

        var bokmal = new Expected("nb",
                List.of("Gratulerer med babyen! Du kan få foreldrepenger fra Nav", "Hva vil du søke om?", "Engangsstønad",
                        "Ingenting nå, takk", "Hvor mye av lønnen din vil du ha hver måned?",
                        "100 prosent gir kortere permisjon, 80 prosent gir lengre permisjon."),
                List.of("Du må svare på «Hvor mye av lønnen din vil du ha hver måned?».",
                        "Du må krysse av for «Jeg vil at Nav skal få søknaden min med opplysningene registrene allerede har om meg og barnet mitt» for å gå videre."),
                List.of("Kva vil du søkje om?", "What do you want to apply for?", "Eingongsstønad", "Lump-sum grant"));
        var nynorsk = new Expected("nn",
                List.of("Elles kan du få eingongsstønad", "Kva vil du søkje om?", "Eingongsstønad", "Ingenting no, takk",
                        "Kor mykje av løna di vil du ha kvar månad?", "Begge foreldra må velje det same."),
                List.of("Du må svare på «Kor mykje av løna di vil du ha kvar månad?».",
                        "Du må krysse av for «Eg vil at Nav skal få søknaden min med opplysningane registera alt har om meg og barnet mitt» for å gå vidare."),
                List.of("Hva vil du søke om?", "What do you want to apply for?", "Engangsstønad", "Lump-sum grant"));
        var english = new Expected("en",
                List.of("Congratulations on your baby!", "What do you want to apply for?", "Lump-sum grant", "Nothing now, thank you",
                        "How much of your pay do you want each month?", "Both parents must choose the same."),
                List.of("Please answer “How much of your pay do you want each month?”.",
                        "Please tick “I want Nav to receive my application with the information the registers already hold about me and my child” to go on."),
                List.of("Hva vil du søke om?", "Kva vil du søkje om?", "Engangsstønad", "Eingongsstønad", "(foreldrepenger)"));

        for (var expected : List.of(nynorsk, english, bokmal)) {
            var page = browser.get(taskPath + "?lang=" + expected.language());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).as("the form in %s", expected.language()).contains("lang=\"" + expected.language() + "\"")
                    .contains(expected.shown()).doesNotContain(expected.otherLanguages());

            var wrong = browser.post(taskPath, form("_csrf", page.csrfToken(), "parentalBenefitChoice", "foreldrepenger"));

            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.body()).as("the problems in %s", expected.language()).contains(expected.errors())
                    .contains("id=\"error-parentalBenefitCoverage\"", "href=\"#field-parentalBenefitConfirmed\"")
                    .doesNotContain("is required", "must be ticked", "må fylles ut»");
        }
        assertThat(tasks.createTaskQuery().taskId(offer.getId()).count()).as("nothing answered on wrong answers").isOne();
    }

    @Test
    void a_citizen_reads_the_start_of_losing_a_job_and_what_is_wrong_with_the_answers_in_each_language(@Autowired Population population) {
        var today = population.today();
        var citizen = population.adults().stream()
                .filter(person -> person.isAlive() && !person.hasDNumber() && !person.hasProtectedAddress()
                        && person.ageOn(today) >= 20 && person.ageOn(today) <= 60)
                .map(SimulatedPerson::identityNumber).skip(140).findFirst().orElseThrow();
        var browser = new CookieBrowser(port);
        logIn(browser, citizen, "idporten-loa-high");

        var bokmal = new Expected("nb",
                List.of("Fortell oss litt om jobben du mister.", "Siste arbeidsdag", "Hvorfor mister du jobben?", "Jeg er permittert",
                        "Arbeidsgiveren min har gått konkurs", "Ni siffer. Du finner det på lønnsslippen eller i arbeidsavtalen."),
                List.of("Skriv «Siste arbeidsdag» som en dato: år-måned-dag, for eksempel 2026-11-30.",
                        "Du må svare på «Hvorfor mister du jobben?».",
                        "Svaret på «Organisasjonsnummeret til arbeidsgiveren din» er ikke skrevet slik det skal."),
                List.of("Kvifor mistar du jobben?", "Why are you losing your job?", "Eg er permittert", "I have been laid off"));
        var nynorsk = new Expected("nn",
                List.of("Fortel oss litt om jobben du mistar.", "Siste arbeidsdag", "Kvifor mistar du jobben?", "Eg er permittert",
                        "Arbeidsgivaren min har gått konkurs", "Ni siffer. Du finn det på lønsslippen eller i arbeidsavtalen."),
                List.of("Skriv «Siste arbeidsdag» som ein dato: år-månad-dag, til dømes 2026-11-30.",
                        "Du må svare på «Kvifor mistar du jobben?».",
                        "Svaret på «Organisasjonsnummeret til arbeidsgivaren din» er ikkje skrive slik det skal."),
                List.of("Hvorfor mister du jobben?", "Why are you losing your job?", "Jeg er permittert", "I have been laid off"));
        var english = new Expected("en",
                List.of("Tell us a little about the job you are losing.", "Last working day", "Why are you losing your job?",
                        "I have been laid off", "My employer has gone bankrupt", "Nine digits. You find it on your pay slip"),
                List.of("Write “Last working day” as a date: year-month-day, for example 2026-11-30.",
                        "Please answer “Why are you losing your job?”.",
                        "Your answer to “Your employer&#39;s organisation number” is not written as we need it."),
                List.of("Hvorfor mister du jobben?", "Kvifor mistar du jobben?", "Jeg er permittert", "Eg er permittert", "(permittert)"));

        for (var expected : List.of(english, bokmal, nynorsk)) {
            var page = browser.get(JOB_START + "?lang=" + expected.language());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).as("the start form in %s", expected.language()).contains("lang=\"" + expected.language() + "\"")
                    .contains(expected.shown()).doesNotContain(expected.otherLanguages());

            var wrong = browser.post(JOB_START, form("_csrf", page.csrfToken(), "lastWorkingDay", "30.11.2026",
                    "employerOrganisationNumber", "12345"));

            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.body()).as("the problems in %s", expected.language()).contains(expected.errors())
                    .contains("value=\"30.11.2026\"", "href=\"#field-reason-0\"").doesNotContain("is required", "ISO 8601");
        }
        var listed = browser.getOnce("/api/citizen/life-events", "application/json");
        assertThat(listed.body()).as("the start form's questions in the language chosen last, nynorsk")
                .contains("\"label\":\"Kvifor mistar du jobben?\"", "\"value\":\"laid-off\",\"label\":\"Eg er permittert\"")
                .doesNotContain("Why are you losing your job?", "Hvorfor mister du jobben?");
        assertThat(cases.casesOf(Fodselsnummer.parse(citizen))).as("nothing opened on wrong answers")
                .noneMatch(one -> one.lifeEventId().equals("losing-and-finding-a-job"));
    }

    private static void logIn(CookieBrowser browser, String pid, String level) {
        var loginPage = browser.get("/min-side");
        assertThat(loginPage.uri().getPath()).isEqualTo("/idporten/login");
        var myCases = browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", pid,
                "level", level, "locale", "nb"));
        assertThat(myCases.uri().getPath()).isEqualTo("/min-side");
    }
}

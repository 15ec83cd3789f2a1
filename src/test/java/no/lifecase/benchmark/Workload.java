package no.lifecase.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.lifecase.simulator.population.Population;
import org.camunda.bpm.engine.IdentityService;

/**
 * What the benchmark does to a running node: register events through the simulated Folkeregisteret, waiting for the
 * engine to finish every automatic step, caseworkers working their agencies' worklists, and citizens reading their
 * case in the portal API. Everything goes over HTTP, as in production; the database is read only to measure.
 */
final class Workload {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASEWORKER_PASSWORD = "bench-caseworker-password";

    /** What a register announces, and what the benchmark makes happen in the simulated register for it. */
    enum Kind {
        BIRTH, DEATH, IMMIGRATION, FOUNDING
    }

    /**
     * One register event to make happen. Birth: person = the mother, born on bornOn (today if null). Death: person =
     * the deceased. Immigration: a newcomer of this sex (person) and birth date (bornOn) from a country (detail).
     * Founding: person = the founder of an organisation of this form (detail).
     */
    record Event(Kind kind, String person, LocalDate bornOn, String detail) {

        static Event ofBirth(String mother, LocalDate bornOn) {
            return new Event(Kind.BIRTH, mother, bornOn, null);
        }

        static Event ofDeath(String person) {
            return new Event(Kind.DEATH, person, null, null);
        }

        static Event ofImmigration(String sex, LocalDate bornOn, String fromCountry) {
            return new Event(Kind.IMMIGRATION, sex, bornOn, fromCountry);
        }

        static Event ofFounding(String founder, String organisationForm) {
            return new Event(Kind.FOUNDING, founder, null, organisationForm);
        }

        boolean birth() {
            return kind == Kind.BIRTH;
        }
    }

    /** A case opened by the workload: when its register event was published and who the case is about. */
    record Published(Kind kind, String subject, String citizen, long publishedAt) {
    }

    private final BenchmarkDatabase database;
    private final String databaseName;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger monitorTransactions = new AtomicInteger();

    Workload(BenchmarkDatabase database, String databaseName) {
        this.database = database;
        this.databaseName = databaseName;
    }

    String databaseName() {
        return databaseName;
    }

    /** Transactions the benchmark's own measuring queries spent in the node's database. */
    int monitorTransactions() {
        return monitorTransactions.get();
    }

    /** The simulated register has about 250 newborns' numbers per birth date and sex: 200 births a day stay below. */
    private static final int BIRTHS_PER_DAY = 200;
    private static final int BIRTH_DAYS = 28;

    /**
     * Many events for a large run, each case waiting for a person or a deadline once its automatic steps are done: a
     * death for every old person the simulated population has (at most every other event; the population has few),
     * births as many as the simulated register has newborns' numbers for, and people moving to Norway for the rest.
     */
    static List<Event> manyOpenCases(Population population, int count) {
        var mothers = People.mothers(population);
        var elderly = People.elderly(population);
        int deaths = Math.min(count / 2, elderly.size());
        int allBirths = Math.min(count - deaths, BIRTHS_PER_DAY * BIRTH_DAYS);
        if (mothers.size() < allBirths) {
            throw new IllegalStateException("The population is too small for " + count + " events; raise benchmark.population");
        }
        var arrivals = new People(population).immigrations(count - deaths - allBirths);
        var events = new ArrayList<Event>();
        int births = 0;
        int died = 0;
        for (int i = 0; i < count; i++) {
            if (i % 2 == 1 && died < deaths) {
                events.add(Event.ofDeath(elderly.get(died++)));
            } else if (births < allBirths) {
                // A birth counts as a newborn's for 30 days: the births are spread over the last four weeks.
                events.add(Event.ofBirth(mothers.get(births), population.today().minusDays((long) births * BIRTH_DAYS / allBirths)));
                births++;
            } else {
                events.add(arrivals.get(i - births - died));
            }
        }
        return events;
    }

    /**
     * Births by mothers who have no event in {@code manyOpenCases} of this many events: real cases to close and copy as
     * the closed cases of a large run ({@link ClosedCaseCopies}).
     */
    static List<Event> templateBirths(Population population, List<Event> manyOpenCases, int count) {
        var mothers = People.mothers(population);
        int used = (int) manyOpenCases.stream().filter(Event::birth).count();
        if (mothers.size() < used + count) {
            throw new IllegalStateException("The population is too small for " + count + " more births; raise benchmark.population");
        }
        var events = new ArrayList<Event>();
        for (int i = 0; i < count; i++) {
            events.add(Event.ofBirth(mothers.get(used + i), population.today().minusDays(i % BIRTH_DAYS)));
        }
        return events;
    }

    /**
     * Publishes the events in the simulated registers from a few client threads, as fast as they take them, and notes
     * the feed positions they got.
     */
    List<Published> publish(String registersUrl, List<Event> events, int threads, FeedPositions positions) {
        var published = new CopyOnWriteArrayList<Published>();
        var queue = new ConcurrentLinkedQueue<>(events);
        runAll(threads, () -> {
            for (Event event = queue.poll(); event != null; event = queue.poll()) {
                long at = System.currentTimeMillis();
                var answer = send(HttpRequest.newBuilder(URI.create(registersUrl + path(event)))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(body(event)))).build());
                if (answer.statusCode() / 100 != 2) {
                    throw new IllegalStateException("The simulator refused an event: " + answer.statusCode() + " " + answer.body());
                }
                var json = read(answer.body());
                if (event.kind() == Kind.FOUNDING) {
                    positions.sawUpdate(json.get("oppdateringsid").asLong());
                    published.add(new Published(event.kind(), event.person(), event.person(), at));
                    continue;
                }
                json.get("events").forEach(appended -> positions.sawSequence(appended.get("sekvensnummer").asLong()));
                var persons = json.get("persons");
                String subject = switch (event.kind()) {
                    case BIRTH -> persons.get("child").asText();
                    case DEATH -> persons.get("deceased").asText();
                    default -> persons.get("person").asText();
                };
                published.add(new Published(event.kind(), subject, event.kind() == Kind.BIRTH ? event.person() : subject, at));
            }
        });
        return List.copyOf(published);
    }

    private static String path(Event event) {
        return switch (event.kind()) {
            case BIRTH -> "/sim/folkeregisteret/birth";
            case DEATH -> "/sim/folkeregisteret/death";
            case IMMIGRATION -> "/sim/folkeregisteret/immigration";
            case FOUNDING -> "/sim/enhetsregisteret/organisasjoner";
        };
    }

    private static Map<String, Object> body(Event event) {
        var body = new LinkedHashMap<String, Object>();
        switch (event.kind()) {
            case BIRTH -> {
                body.put("mother", event.person());
                if (event.bornOn() != null) {
                    body.put("birthDate", event.bornOn().toString());
                }
            }
            case DEATH -> body.put("person", event.person());
            case IMMIGRATION -> {
                body.put("fromCountry", event.detail());
                body.put("sex", event.person());
                body.put("birthDate", event.bornOn().toString());
            }
            case FOUNDING -> {
                body.put("organisationForm", event.detail());
                body.put("founder", event.person());
            }
        }
        return body;
    }

    /** How far the engine is: cases, due jobs, receipts still awaited, jobs out of retries, open user tasks. */
    record Progress(long cases, long dueJobs, long awaitedReceipts, long failedJobs, long openTasks) {
        boolean settled(long expectedCases) {
            return cases >= expectedCases && dueJobs == 0 && awaitedReceipts == 0;
        }
    }

    Progress progress() {
        monitorTransactions.incrementAndGet();
        try (var c = database.connect(databaseName); var s = c.prepareStatement("""
                select (select count(*) from life_event_case),
                       (select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= ?)),
                       (select count(*) from act_ru_event_subscr where activity_id_ = 'Event_ReceiptReceived'),
                       (select count(*) from act_ru_job where retries_ = 0),
                       (select count(*) from act_ru_task)""")) {
            s.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
            var rs = s.executeQuery();
            rs.next();
            return new Progress(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until every case is open and the engine has nothing left to do but wait for people and timers. */
    Progress awaitSettled(long expectedCases, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int settledInARow = 0;
        while (true) {
            var progress = progress();
            settledInARow = progress.settled(expectedCases) ? settledInARow + 1 : 0;
            if (settledInARow >= 2) {
                return progress;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not settled after " + timeout + ": " + progress);
            }
            BenchmarkDatabase.sleep(Duration.ofMillis(250));
        }
    }

    /** Per case of the workload: when the case was opened, and when its last automatic step was done. */
    record CaseTimes(String subject, long publishedAt, long openedAt, long settledAt) {
    }

    List<CaseTimes> caseTimes(List<Published> published) {
        var bySubject = published.stream().collect(Collectors.toMap(Published::subject, p -> p));
        var times = new ArrayList<CaseTimes>();
        monitorTransactions.incrementAndGet();
        try (var c = database.connect(databaseName); var s = c.createStatement()) {
            var rs = s.executeQuery("""
                    select c.subject, c.opened_at,
                           (select max(coalesce(a.end_time_, a.start_time_)) from act_hi_actinst a
                             where a.root_proc_inst_id_ = c.process_instance_id)
                    from life_event_case c""");
            while (rs.next()) {
                var event = bySubject.get(rs.getString(1));
                if (event != null) {
                    times.add(new CaseTimes(event.subject(), event.publishedAt(), rs.getTimestamp(2).getTime(), rs.getTimestamp(3).getTime()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (times.size() != published.size()) {
            throw new IllegalStateException("Only " + times.size() + " of " + published.size() + " events opened a case");
        }
        return times;
    }

    // --- caseworkers -------------------------------------------------------------------------------------------------

    record Completions(int completed, int failed, double seconds, Percentiles latency, String firstFailure) {
        double perSecond() {
            return completed / seconds;
        }
    }

    private record OpenTask(String id, String definitionKey, String agency) {
    }

    /**
     * Every open task of an agency, worked through the worklist API by {@code threads} caseworkers at once: claim,
     * then complete with the form's values. One caseworker user per agency is created beforehand (not timed).
     */
    Completions completeCaseworkerTasks(LifecaseNode node, int threads) {
        return completeCaseworkerTasks(node, threads, null);
    }

    /** The open tasks of these cases only (by their root process instances; every case's when null). */
    Completions completeCaseworkerTasks(LifecaseNode node, int threads, Set<String> rootProcessInstanceIds) {
        var open = new ArrayList<OpenTask>();
        monitorTransactions.incrementAndGet();
        try (var c = database.connect(databaseName); var s = c.createStatement()) {
            String ofCases = rootProcessInstanceIds == null ? "" : " and exists (select 1 from act_ru_execution e where e.id_ = t.proc_inst_id_"
                    + " and e.root_proc_inst_id_ in ('" + String.join("', '", rootProcessInstanceIds) + "'))";
            var rs = s.executeQuery("""
                    select t.id_, t.task_def_key_, min(i.group_id_) from act_ru_task t
                    join act_ru_identitylink i on i.task_id_ = t.id_ and i.type_ = 'candidate' and i.group_id_ is not null
                    where t.assignee_ is null""" + ofCases + " group by t.id_, t.task_def_key_ order by t.id_");
            while (rs.next()) {
                open.add(new OpenTask(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        var identity = node.bean(IdentityService.class);
        open.stream().map(OpenTask::agency).collect(Collectors.toCollection(HashSet::new)).forEach(agency -> ensureCaseworker(identity, agency));
        var queue = new ConcurrentLinkedQueue<>(open);
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var failed = new AtomicInteger();
        var firstFailure = new AtomicReference<String>();
        long start = System.nanoTime();
        runAll(threads, () -> {
            for (OpenTask task = queue.poll(); task != null; task = queue.poll()) {
                long t0 = System.nanoTime();
                String path = node.baseUrl() + "/api/agency/" + task.agency() + "/tasks/" + task.id();
                var claim = send(asCaseworker(task.agency(), path + "/claim").POST(HttpRequest.BodyPublishers.noBody()).build());
                var complete = claim.statusCode() != 200 ? claim : send(asCaseworker(task.agency(), path + "/complete")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(write(formValues(task.definitionKey())))).build());
                if (complete.statusCode() / 100 == 2) {
                    latencies.add((System.nanoTime() - t0) / 1_000_000);
                } else {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, task.definitionKey() + ": " + complete.statusCode() + " " + complete.body());
                }
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Completions(latencies.size(), failed.get(), seconds, Percentiles.of(latencies), firstFailure.get());
    }

    /** One caseworker user for the agency, created the first time (not timed): the worklist API takes HTTP Basic. */
    private static void ensureCaseworker(IdentityService identity, String agency) {
        String user = caseworker(agency);
        if (identity.createUserQuery().userId(user).count() == 0) {
            var caseworker = identity.newUser(user);
            caseworker.setPassword(CASEWORKER_PASSWORD);
            caseworker.setFirstName("Benchmark");
            caseworker.setLastName(agency);
            identity.saveUser(caseworker);
            identity.createMembership(user, agency);
        }
    }

    record WorklistReads(String agency, long openTasks, int failed, Percentiles latency, String firstFailure) {
    }

    /**
     * The worklist's first page (the 20 tasks due soonest) of the agency with the most open tasks, read {@code times}
     * times one after another by one of its caseworkers, as someone opening the worklist waits for it.
     */
    WorklistReads worklistFirstPage(LifecaseNode node, int times) {
        String agency;
        long openTasks;
        monitorTransactions.incrementAndGet();
        try (var c = database.connect(databaseName); var s = c.createStatement()) {
            var rs = s.executeQuery("""
                    select i.group_id_, count(*) from act_ru_task t
                    join act_ru_identitylink i on i.task_id_ = t.id_ and i.type_ = 'candidate' and i.group_id_ is not null
                    group by i.group_id_ order by count(*) desc, i.group_id_ limit 1""");
            if (!rs.next()) {
                return new WorklistReads(null, 0, 0, Percentiles.of(List.of()), "no agency has an open task");
            }
            agency = rs.getString(1);
            openTasks = rs.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        ensureCaseworker(node.bean(IdentityService.class), agency);
        var request = asCaseworker(agency, node.baseUrl() + "/api/agency/" + agency + "/tasks").GET().build();
        var latencies = new ArrayList<Double>();
        int failed = 0;
        String firstFailure = null;
        for (int i = -5; i < times; i++) {   // five not counted: the first reads of a new user
            long t0 = System.nanoTime();
            var answer = send(request);
            if (answer.statusCode() != 200) {
                failed++;
                firstFailure = firstFailure != null ? firstFailure : answer.statusCode() + " " + answer.body();
            } else if (i >= 0) {
                latencies.add((System.nanoTime() - t0) / 1e6);
            }
        }
        return new WorklistReads(agency, openTasks, failed, Percentiles.of(latencies), firstFailure);
    }

    private static String caseworker(String agency) {
        return "bench-" + agency;
    }

    private static HttpRequest.Builder asCaseworker(String agency, String url) {
        String credentials = caseworker(agency) + ":" + CASEWORKER_PASSWORD;
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
    }

    /** What a caseworker answers in each form: the plain, most common decision. */
    private static Map<String, Object> formValues(String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case "Task_HomeVisit" -> Map.of("homeVisitOutcome", "visited", "homeVisitDate", LocalDate.now().toString());
            case "Task_AssessChildBenefit" -> Map.of("decisionOutcome", "granted", "decisionReasons", "Barnet bor fast i Norge.");
            case "Task_DecideOmstillingsstonad", "Task_DecideBarnepensjon" ->
                    Map.of("decisionOutcome", "granted", "decisionReasons", "Vilkårene er oppfylt.");
            case "Task_CheckBirthRegistration" -> Map.of("birthRegistrationOutcome", "found");
            case "Task_CheckDeathRegistration" -> Map.of("deathRegistrationOutcome", "found");
            case "Task_ContactFamilyAfterStillbirth" -> Map.of("stillbirthContactOutcome", "contacted");
            case "Task_FollowUpNotice" -> Map.of("followUpOutcome", "handled");
            case "Task_FollowUpEstateWithoutSettlementForm" -> Map.of("settlementFollowUpOutcome", "other",
                    "settlementFollowUpNote", "Followed up by telephone.");
            case "Task_FollowUpPublicSettlement" -> Map.of("estateAdministratorName", "Advokat Bostyrer");
            default -> Map.of();
        };
    }

    // --- citizens in the portal --------------------------------------------------------------------------------------

    record PortalLoad(int users, int loggedIn, long requests, long failed, double seconds, Percentiles latency, String firstFailure) {
        double perSecond() {
            return requests / seconds;
        }
    }

    /**
     * {@code users} citizens log in through the test ID-porten (once each) and then read one of their cases in the
     * portal API ({@code GET /api/citizen/cases/{reference}}) again and again for the given time: without a pause, each
     * asks again as soon as it has its answer (the server's limit); with one, each asks once every {@code pause}, the
     * users' requests spread evenly over it, as people reading do, who do not click in step with each other
     * (docs/adr/0073-readers-a-second-arrive-as-people-do.md).
     */
    PortalLoad portal(LifecaseNode node, List<String> citizens, int users, Duration duration, Duration pause) {
        var sessions = new CopyOnWriteArrayList<Map.Entry<Browser, String>>();
        var loginFailure = new AtomicReference<String>();
        var queue = new ConcurrentLinkedQueue<String>();
        for (int i = 0; i < users; i++) {
            queue.add(citizens.get(i % citizens.size()));
        }
        runAll(8, () -> {
            for (String citizen = queue.poll(); citizen != null; citizen = queue.poll()) {
                try {
                    var browser = new Browser(node.baseUrl());
                    String reference = browser.logInAndFindACase(citizen);
                    sessions.add(Map.entry(browser, reference));
                } catch (RuntimeException e) {
                    loginFailure.compareAndSet(null, e.getMessage());
                }
            }
        });
        var latencies = new ConcurrentLinkedQueue<Long>();
        var failed = new AtomicInteger();
        var firstFailure = new AtomicReference<>(loginFailure.get());
        // Every session warms up first, then all read for the same time.
        runAll(sessions.size(), sessions.stream().map(session -> (Runnable) () -> {
            for (int i = 0; i < 5; i++) {
                session.getKey().getJson("/api/citizen/cases/" + session.getValue());
            }
        }).toList());
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        var tasks = new ArrayList<Runnable>();
        for (int i = 0; i < sessions.size(); i++) {
            var session = sessions.get(i);
            long firstAt = start + pause.toNanos() * i / sessions.size();
            tasks.add(() -> {
                for (long next = firstAt; next < end && System.nanoTime() < end; next += pause.toNanos()) {
                    sleepUntil(next);
                    long t0 = System.nanoTime();
                    var answer = session.getKey().getJson("/api/citizen/cases/" + session.getValue());
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    if (answer.statusCode() == 200) {
                        latencies.add(millis);
                    } else {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, answer.statusCode() + " " + answer.body());
                    }
                }
            });
        }
        runAll(sessions.size(), tasks);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new PortalLoad(users, sessions.size(), latencies.size(), failed.get(), seconds, Percentiles.of(latencies), firstFailure.get());
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            BenchmarkDatabase.sleep(Duration.ofNanos(wait));
        }
    }

    /** A browser without JavaScript: keeps cookies and follows redirects one by one. */
    private static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

        private final URI base;
        private final HttpClient client;

        Browser(String baseUrl) {
            this.base = URI.create(baseUrl);
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        String logInAndFindACase(String citizen) {
            var loginPage = follow(HttpRequest.newBuilder(base.resolve("/min-side")).header("Accept", "text/html").GET().build(), 0);
            var csrf = CSRF.matcher(loginPage.body());
            if (!loginPage.uri().getPath().equals("/idporten/login") || !csrf.find()) {
                throw new IllegalStateException("No test ID-porten login page: " + loginPage.uri());
            }
            var form = new LinkedHashMap<String, String>();
            form.put("_csrf", csrf.group(1));
            form.put("pid", "03851598730");
            form.put("otherPid", citizen);
            form.put("level", "idporten-loa-substantial");
            form.put("locale", "nb");
            String body = form.entrySet().stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
            var myCases = follow(HttpRequest.newBuilder(loginPage.uri().resolve("/idporten/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build(), 0);
            if (myCases.statusCode() != 200 || !myCases.uri().getPath().startsWith("/min-side")) {
                throw new IllegalStateException("Login failed: " + myCases.statusCode() + " at " + myCases.uri());
            }
            var list = getJson("/api/citizen/cases");
            if (list.statusCode() != 200) {
                throw new IllegalStateException("My cases: " + list.statusCode() + " " + list.body());
            }
            for (JsonNode item : read(list.body())) {
                return item.get("reference").asText();
            }
            throw new IllegalStateException("The citizen sees no case");
        }

        HttpResponse<String> getJson(String path) {
            return send(client, HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET().build());
        }

        private HttpResponse<String> follow(HttpRequest request, int hops) {
            var response = send(client, request);
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 == 3 && location.isPresent() && hops < 15) {
                return follow(HttpRequest.newBuilder(request.uri().resolve(location.get())).header("Accept", "text/html").GET().build(), hops + 1);
            }
            return response;
        }
    }


    // --- the rest of a case's life -----------------------------------------------------------------------------------

    /**
     * Births to the end of their case: each mother answers the parental-benefit offer (as the portal's form does) and
     * six months pass for the naming deadline (its timer is run now). Deaths stay open, waiting for the court.
     */
    int closeBirthCases(LifecaseNode node) {
        return closeBirthCases(node, null);
    }

    /** The births of these process instances only (all births when null) to the end of their case. */
    int closeBirthCases(LifecaseNode node, Set<String> processInstanceIds) {
        var tasks = node.bean(org.camunda.bpm.engine.TaskService.class);
        var management = node.bean(org.camunda.bpm.engine.ManagementService.class);
        for (var offer : tasks.createTaskQuery().taskDefinitionKey("Task_ChooseParentalBenefit").list()) {
            if (processInstanceIds == null || processInstanceIds.contains(offer.getProcessInstanceId())) {
                tasks.complete(offer.getId(), Map.of("parentalBenefitChoice", "decline", "parentalBenefitCoverage", "100",
                        "parentalBenefitConfirmed", true));
            }
        }
        var timers = management.createJobQuery().activityId("Event_NamingDeadlinePassed").list().stream()
                .filter(timer -> processInstanceIds == null || processInstanceIds.contains(timer.getProcessInstanceId())).toList();
        for (var timer : timers) {
            management.executeJob(timer.getId());
        }
        return timers.size();
    }

    long count(String sql) {
        monitorTransactions.incrementAndGet();
        try (var c = database.connect(databaseName); var s = c.createStatement()) {
            var rs = s.executeQuery(sql);
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One row of a measuring query, handed to {@code row}. */
    void read(String sql, java.util.function.Consumer<java.sql.ResultSet> row) {
        monitorTransactions.incrementAndGet();
        try (var c = database.connect(databaseName); var s = c.createStatement()) {
            var rs = s.executeQuery(sql);
            rs.next();
            row.accept(rs);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    int update(String sql) {
        monitorTransactions.incrementAndGet();
        try (var c = database.connect(databaseName); var s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- plumbing ----------------------------------------------------------------------------------------------------

    private HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void runAll(int threads, Runnable work) {
        var copies = new ArrayList<Runnable>();
        for (int i = 0; i < threads; i++) {
            copies.add(work);
        }
        runAll(threads, copies);
    }

    static void runAll(int threads, List<Runnable> work) {
        if (work.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            var futures = new ArrayList<Future<?>>();
            for (Runnable runnable : work) {
                futures.add(pool.submit(runnable));
            }
            for (var future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Map<String, Long> countBy(List<String> values) {
        var counts = new ConcurrentHashMap<String, Long>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts;
    }
}

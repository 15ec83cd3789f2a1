package no.lifecase.simulator.nav;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Everyone's working life for the simulated Aa-registeret and a-ordningen: a person has one employment, with an
 * employer and a monthly pay drawn from their number (so the same person always has the same job), unless a scenario
 * changed it. One in ten earns little (a part-time job), below the income requirement for unemployment benefit.
 * Scenarios add a new employment (a new employer's a-melding) or set the pay.
 */
@Component
@Profile("simulators")
class SimulatedWorkHistory {

    /** One employment; {@code end} is null while it lasts. */
    record Employment(long id, String employer, LocalDate start, LocalDate end, double percentage, long monthlyPay) {
    }

    private final Clock clock;
    private final Map<String, List<Employment>> changed = new ConcurrentHashMap<>();

    SimulatedWorkHistory(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
    }

    synchronized List<Employment> employmentsOf(String person) {
        return List.copyOf(changed.getOrDefault(person, drawn(person)));
    }

    /** A new employer reports the person from {@code start}. */
    synchronized Employment addEmployment(String person, String employer, LocalDate start, long monthlyPay) {
        var employments = new ArrayList<>(employmentsOf(person));
        var employment = new Employment(nextId(person, employments.size()), employer, start, null, 100.0, monthlyPay);
        employments.add(employment);
        changed.put(person, employments);
        return employment;
    }

    /** Every employment of the person pays this much a month from now on (for the income requirement). */
    synchronized List<Employment> setMonthlyPay(String person, long monthlyPay) {
        var employments = employmentsOf(person).stream()
                .map(one -> new Employment(one.id(), one.employer(), one.start(), one.end(), one.percentage(), monthlyPay)).toList();
        changed.put(person, employments);
        return employments;
    }

    /** The pay reported for the person in a month: the sum of the employments that ran in it. */
    Map<String, Long> incomeIn(String person, YearMonth month) {
        var byEmployer = new java.util.LinkedHashMap<String, Long>();
        for (var employment : employmentsOf(person)) {
            var from = YearMonth.from(employment.start());
            var to = employment.end() == null ? YearMonth.from(today()).minusMonths(1) : YearMonth.from(employment.end());
            if (!month.isBefore(from) && !month.isAfter(to)) {
                byEmployer.merge(employment.employer(), employment.monthlyPay(), Long::sum);
            }
        }
        return byEmployer;
    }

    private List<Employment> drawn(String person) {
        var random = new Random(person.hashCode() * 31L + 20260501L);
        var employer = organisationNumber(random);
        var start = today().minusYears(2 + random.nextInt(9)).withDayOfMonth(1);
        boolean partTime = Math.floorMod(person.hashCode(), 10) == 0;
        long pay = partTime ? 7_000 : 30_000 + 1_000L * random.nextInt(40);
        return List.of(new Employment(nextId(person, 0), employer, start, null, partTime ? 20.0 : 100.0, pay));
    }

    private static long nextId(String person, int index) {
        return Math.floorMod(person.hashCode(), 1_000_000L) * 100 + index + 1;
    }

    /** A synthetic organisation number with a valid mod-11 check digit (weights 3,2,7,6,5,4,3,2). */
    static String organisationNumber(Random random) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            var digits = new StringBuilder("9");
            for (int i = 0; i < 7; i++) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            return digits.append(check == 11 ? 0 : check).toString();
        }
    }
}

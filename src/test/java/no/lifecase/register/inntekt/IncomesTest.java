package no.lifecase.register.inntekt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import org.junit.jupiter.api.Test;

/** The 12 and 36 months the income requirement counts, and the read logged on the case. */
class IncomesTest {

    private static final Fodselsnummer PERSON = Fodselsnummer.parse("15839049843");
    private static final CaseReference CASE = CaseReference.of("LE-2026-000077");

    private final InntektClient client = mock(InntektClient.class);
    private final DataAccessLog log = mock(DataAccessLog.class);
    private final Incomes incomes = new Incomes(client, log);

    @Test
    void the_months_up_to_the_last_working_day_are_summed_and_the_read_is_logged() {
        // 40 months of 10 000, from 2023-07 to 2026-10; the job ends in September 2026.
        when(client.inntekter(eq(PERSON), any(), any())).thenReturn(months(YearMonth.of(2023, 7), YearMonth.of(2026, 10), 10_000));

        var totals = incomes.before(PERSON, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 11, 2), CASE);

        assertThat(totals).isEqualTo(new Incomes.IncomeTotals(120_000, 360_000));
        verify(client).inntekter(PERSON, YearMonth.of(2023, 10), YearMonth.of(2026, 9));
        verify(log).record(CASE, "inntekt", AccessPurpose.UNEMPLOYMENT_BENEFIT, PERSON.value(), Incomes.FIELDS);
    }

    @Test
    void a_last_working_day_ahead_counts_up_to_the_last_month_reported() {
        when(client.inntekter(eq(PERSON), any(), any())).thenReturn(new InntektListe(List.of()));

        var totals = incomes.before(PERSON, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 11, 2), CASE);

        assertThat(totals).isEqualTo(new Incomes.IncomeTotals(0, 0));
        verify(client).inntekter(PERSON, YearMonth.of(2023, 11), YearMonth.of(2026, 10));
    }

    private static InntektListe months(YearMonth from, YearMonth to, long amount) {
        var months = new ArrayList<InntektListe.Maaned>();
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(new InntektListe.Maaned(month.toString(), new InntektListe.Informasjon(List.of(
                    new InntektListe.Inntekt("LOENNSINNTEKT", BigDecimal.valueOf(amount), new InntektListe.Aktoer("974760673", "ORGANISASJON"))))));
        }
        return new InntektListe(months);
    }
}

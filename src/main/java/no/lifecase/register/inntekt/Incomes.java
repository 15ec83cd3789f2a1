package no.lifecase.register.inntekt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.stereotype.Service;

/**
 * The income behind the income requirement for unemployment benefit: what employers reported in the 12 and the 36
 * months before the job was lost (the months up to and including the month of the last working day, or up to last
 * month when that lies ahead: a month is reported after it ends). Every read is logged on the case.
 */
@Service
public class Incomes {

    static final List<String> FIELDS = List.of("inntekt.beloep", "virksomhet");

    /** Sums in NOK, whole kroner. */
    public record IncomeTotals(long last12Months, long last36Months) {
    }

    private final InntektClient inntekt;
    private final DataAccessLog accessLog;

    Incomes(InntektClient inntekt, DataAccessLog accessLog) {
        this.inntekt = inntekt;
        this.accessLog = accessLog;
    }

    public IncomeTotals before(Fodselsnummer person, LocalDate lastWorkingDay, LocalDate today, CaseReference caseReference) {
        var lastReported = YearMonth.from(today).minusMonths(1);
        var to = YearMonth.from(lastWorkingDay).isAfter(lastReported) ? lastReported : YearMonth.from(lastWorkingDay);
        var from36 = to.minusMonths(35);
        var from12 = to.minusMonths(11);
        var months = inntekt.inntekter(person, from36, to);
        accessLog.record(caseReference, InntektClient.REGISTER, AccessPurpose.UNEMPLOYMENT_BENEFIT, person.value(), FIELDS);
        long last12 = 0;
        long last36 = 0;
        for (var month : months.arbeidsInntektMaaned()) {
            var yearMonth = YearMonth.parse(month.aarMaaned());
            if (yearMonth.isBefore(from36) || yearMonth.isAfter(to) || month.arbeidsInntektInformasjon() == null
                    || month.arbeidsInntektInformasjon().inntektListe() == null) {
                continue;
            }
            long sum = month.arbeidsInntektInformasjon().inntektListe().stream()
                    .map(InntektListe.Inntekt::beloep).filter(amount -> amount != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).longValue();
            last36 += sum;
            if (!yearMonth.isBefore(from12)) {
                last12 += sum;
            }
        }
        return new IncomeTotals(last12, last36);
    }
}

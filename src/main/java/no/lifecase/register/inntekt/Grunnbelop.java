package no.lifecase.register.inntekt;

import java.time.LocalDate;
import no.lifecase.referencedata.ReferenceData;
import no.lifecase.referencedata.ReferenceKind;
import org.springframework.stereotype.Service;

/**
 * The national insurance basic amount, grunnbeløpet (G), which the income requirement for unemployment benefit is
 * measured in. The Storting adjusts it every 1 May; each value is a dated entry of the reference data, added by a
 * process owner before its day (docs/adr/0058-dated-reference-data.md), never a constant here.
 */
@Service
public class Grunnbelop {

    private final ReferenceData referenceData;

    Grunnbelop(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    /** G in NOK in force on {@code date}. */
    public long on(LocalDate date) {
        return referenceData.inForce(ReferenceKind.GRUNNBELOP, "G", date)
                .map(entry -> Long.parseLong(entry.value()))
                .orElseThrow(() -> new IllegalStateException("No grunnbeløp is in force on " + date
                        + "; add it under /api/reference-data/basic-amount"));
    }
}

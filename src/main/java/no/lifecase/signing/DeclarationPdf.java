package no.lifecase.signing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import no.lifecase.language.Language;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The heirs' declaration about the estate as a tagged PDF that declares PDF/UA, as letters are (docs/adr/0054), in the
 * language of the deceased's case: the deceased, the heirs, their choice, who takes on the debts, and the date. This is
 * the document every heir signs (docs/adr/0062).
 */
@Component
class DeclarationPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String FONT_FAMILY = "Liberation Sans";

    private final ITemplateEngine templates;

    DeclarationPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    record Heir(String name, String id, boolean takesOnDebt) {
    }

    /** What the PDF says; {@code choice} is the contract's id, such as private-settlement. */
    record Declaration(String caseRef, String deceasedName, String deceasedId, String choice, List<Heir> heirs, String date,
                       String language) {
    }

    byte[] of(String caseRef, String deceasedName, String deceasedId, DeclarationChoice choice, List<Heir> heirs, LocalDate date,
              Language language) {
        var declaration = new Declaration(caseRef, deceasedName, deceasedId, choice.id(), heirs,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date), language.tag());
        var html = templates.process("signing/declaration-pdf", new Context(language.locale(), Map.of("declaration", declaration)));
        var pdf = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(DeclarationPdf::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(DeclarationPdf::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the declaration of case " + caseRef + " as PDF", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font() {
        return PDDocument.class.getResourceAsStream(FONT);
    }
}

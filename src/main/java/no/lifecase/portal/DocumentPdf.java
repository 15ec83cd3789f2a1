package no.lifecase.portal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A document as a tagged PDF that declares PDF/UA (docs/adr/0054): drawn from the same view as its HTML page, with its
 * title and language set and its one font embedded. The font is Liberation Sans as PDFBox carries it, so nothing is
 * fetched at run time.
 */
@Component
class DocumentPdf {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FONT_FAMILY = "Liberation Sans";

    private final ITemplateEngine templates;

    DocumentPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] of(DocumentView document) {
        var html = templates.process("portal/document-pdf", new Context(Locale.forLanguageTag(document.language()),
                Map.of("document", document)));
        var pdf = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            // One face for every weight: headings stay in the embedded font rather than fall back to one that is not.
            builder.useFont(DocumentPdf::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(DocumentPdf::font, FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write document " + document.id() + " as PDF", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font() {
        return PDDocument.class.getResourceAsStream(FONT);
    }
}

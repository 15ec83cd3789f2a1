package no.lifecase.language;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written language each citizen has chosen, kept so that pages and letters reach them in it even on another
 * device or when a letter is sent while they are away. A citizen who never chose gets bokmål.
 */
@Service
public class LanguagePreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    LanguagePreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The language the person chose; bokmål if they never chose. */
    @Transactional(readOnly = true)
    public Language of(String personId) {
        return chosen(personId).orElse(Language.NB);
    }

    @Transactional(readOnly = true)
    public Optional<Language> chosen(String personId) {
        return jdbc.sql("select language from citizen_language where person_id = ?")
                .param(personId)
                .query(String.class)
                .optional()
                .map(Language::ofTag);
    }

    @Transactional
    public void choose(String personId, Language language) {
        var updated = jdbc.sql("update citizen_language set language = ?, chosen_at = ? where person_id = ?")
                .params(language.tag(), Timestamp.from(clock.instant()), personId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into citizen_language (person_id, language, chosen_at) values (?, ?, ?)")
                    .params(personId, language.tag(), Timestamp.from(clock.instant()))
                    .update();
        }
    }
}

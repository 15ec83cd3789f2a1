package no.lifecase.testsupport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every test starts with no citizen's stored written language: the tests share their example citizens, and a choice of
 * nynorsk or English made in one test would otherwise decide the language of the pages another test reads, since a
 * stored choice wins at login (docs/adr/0053). The suite passes in any order (docs/adr/0039).
 */
public class ForgetLanguageChoices extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBean(JdbcClient.class).sql("delete from citizen_language").update();
    }
}

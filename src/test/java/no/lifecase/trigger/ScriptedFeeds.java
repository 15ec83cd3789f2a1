package no.lifecase.trigger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** One scripted Folkeregisteret feed per scenario, so each starts from its own cursor. */
@TestConfiguration(proxyBeanMethods = false)
class ScriptedFeeds {

    @Bean
    ScriptedFeed replayedFeed() {
        return new ScriptedFeed("it-replayed", RegisterFeed.FOLKEREGISTERET);
    }

    @Bean
    ScriptedFeed crashingFeed() {
        return new ScriptedFeed("it-crashing", RegisterFeed.FOLKEREGISTERET);
    }

    @Bean
    ScriptedFeed sharedFeed() {
        return new ScriptedFeed("it-shared", RegisterFeed.FOLKEREGISTERET);
    }

    @Bean
    ScriptedFeed contestedFeed() {
        return new ScriptedFeed("it-contested", RegisterFeed.FOLKEREGISTERET);
    }

    @Bean
    ScriptedFeed mixedFeed() {
        return new ScriptedFeed("it-mixed", RegisterFeed.FOLKEREGISTERET);
    }

    @Bean
    ScriptedFeed throttledFeed() {
        return new ScriptedFeed("it-throttled", RegisterFeed.FOLKEREGISTERET);
    }
}

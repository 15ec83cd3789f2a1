package no.lifecase.startup;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

/** One step Spring recorded while the application started: what it was, inside which step, and when. */
record RecordedStep(long id, Long parentId, String name, Map<String, String> tags, Instant start, Instant end) {

    static RecordedStep of(StartupTimeline.TimelineEvent event) {
        var step = event.getStartupStep();
        var tags = new HashMap<String, String>();
        step.getTags().forEach(tag -> tags.put(tag.getKey(), tag.getValue()));
        return new RecordedStep(step.getId(), step.getParentId(), step.getName(), tags, event.getStartTime(), event.getEndTime());
    }

    Duration duration() {
        return Duration.between(start, end);
    }

    String tag(String key) {
        return tags.get(key);
    }
}

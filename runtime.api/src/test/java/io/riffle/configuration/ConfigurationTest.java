package io.riffle.configuration;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import org.junit.Test;

public class ConfigurationTest {

    @Test
    public void aDurationSurvivesACopyThroughItsStringForm() {
        Configuration original = new Configuration().set(PipelineOptions.AUTO_WATERMARK_INTERVAL, Duration.ofMillis(20));
        Configuration copy = new Configuration();
        original.toMap().forEach(copy::setString);
        assertEquals("20 ms", original.toMap().get("pipeline.auto-watermark-interval"));
        assertEquals(Duration.ofMillis(20), copy.get(PipelineOptions.AUTO_WATERMARK_INTERVAL));
    }
}

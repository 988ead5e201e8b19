package io.postmortem.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class CallerLoggingInterceptorTest {

    @Test
    void aClientKeyIsLoggedWithOnlySafeCharacters() {
        assertThat(CallerLoggingInterceptor.loggable("jira:3d71-87.23_x")).isEqualTo("jira:3d71-87.23_x");
        assertThat(CallerLoggingInterceptor.loggable("a\nb] level=ERROR {x}ö")).isEqualTo("a_b__level_ERROR__x__");
        assertThat(CallerLoggingInterceptor.loggable("")).isEmpty();
    }

    @Test
    void theSameAsTheRegexItReplaces() {
        Random random = new Random(7);
        for (int n = 0; n < 10_000; n++) {
            StringBuilder key = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) key.append((char) random.nextInt(0x250));
            String s = key.toString();
            assertThat(CallerLoggingInterceptor.loggable(s)).isEqualTo(s.replaceAll("[^A-Za-z0-9:._-]", "_"));
        }
    }
}

package io.postmortem.evidence.keytimes;

import org.junit.jupiter.api.Test;
import java.time.*;
import java.util.*;

class ScratchKtTest {
    @Test
    void scratch() {
        String[] texts = System.getProperty("kt.texts", "").split("\\|\\|");
        for (String text0 : texts) { String text = text0.replace("\\n", "\n");
            List<Utterance> ev = List.of(new Utterance("comment:1", "comment 1", "Dana", Instant.parse(System.getProperty("kt.at", "2026-03-12T15:00:00Z")), text,
                    ZoneId.of(System.getProperty("kt.zone", "UTC")), true, Utterance.Origin.COMMENT, false, null, null));
            Instant created = Instant.parse(System.getProperty("kt.created", "2026-03-10T10:20:00Z"));
            var f = new KeyTimeFinder(ev, List.of(), created, Instant.parse("2026-03-11T09:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));
            System.out.println("### " + text);
            f.candidates().forEach((k, l) -> l.forEach(c -> System.out.println("  " + k + " " + c.at() + " " + c.confidence() + " " + c.reason())));
        }
    }
}

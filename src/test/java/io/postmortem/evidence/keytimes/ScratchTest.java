package io.postmortem.evidence.keytimes;

import io.postmortem.postmortem.KeyTime;
import io.postmortem.postmortem.KeyTimes;
import java.time.*;
import java.util.*;
import org.junit.jupiter.api.Test;

/** Throwaway: reads "CREATED iso" then cases "ORIGIN|writtenAt|zone|author|text" separated by "---" lines; prints candidates. */
class ScratchTest {
    @Test
    void look() throws Exception {
        String f = System.getProperty("scratch");
        if (f == null) return;
        String all = java.nio.file.Files.readString(java.nio.file.Path.of(f));
        int n = 0;
        for (String block : all.split("\n---\n")) {
            n++;
            List<Utterance> ev = new ArrayList<>();
            Instant created = null;
            int i = 0;
            for (String line : block.strip().split("\n")) {
                if (line.startsWith("CREATED ")) { created = Instant.parse(line.substring(8)); continue; }
                String[] p = line.split("\\|", 5);
                Utterance.Origin o = Utterance.Origin.valueOf(p[0]);
                i++;
                ev.add(new Utterance(o.name().toLowerCase() + ":" + i, o + " " + i, p[3], Instant.parse(p[1]), p[4], ZoneId.of(p[2]), true, o,
                        p[3].equals("Datadog") || p[3].equals("PagerDuty"), null, o == Utterance.Origin.CHAT ? "x" : null));
            }
            List<TicketRecord> records = List.of(new TicketRecord(created, "issue:X", "Rae", TicketRecord.What.CREATED));
            KeyTimes kt = new KeyTimeFinder(ev, records, created, created.plus(Duration.ofDays(1)), created.plus(Duration.ofDays(30))).find();
            System.out.println("SCRATCH ===== case " + n);
            String[] names = {"started", "detected", "resolved"};
            int k = 0;
            for (KeyTime t : List.of(kt.started(), kt.detected(), kt.resolved())) {
                System.out.println("SCRATCH " + names[k++] + " " + t.at() + " " + t.basis() + " " + t.reason());
                for (var c : t.candidates()) System.out.println("SCRATCH   cand " + c.at() + " " + c.confidence() + " " + c.statement() + " " + c.reason() + " | " + c.quote());
            }
        }
    }

    @Test
    void paste() throws Exception {
        String f = System.getProperty("scratch.paste");
        if (f == null) return;
        var t = io.postmortem.evidence.chat.PasteParser.parse(java.nio.file.Files.readString(java.nio.file.Path.of(f)),
                new io.postmortem.evidence.chat.PasteOptions(ZoneId.of(System.getProperty("scratch.zone", "UTC")), java.time.LocalDate.parse(System.getProperty("scratch.date")), null));
        System.out.println("SCRATCH format " + t.format());
        for (var m : t.messages()) System.out.println("SCRATCH msg " + m);
    }
}

package io.postmortem.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What saved text may hold: no controls but tab and line feed, no bidi overrides; one line where it must be. */
class SafeTextTest {

    @Test
    void controlCharactersGoTabsAndLineFeedsStay() {
        assertThat(SafeText.multiLine("Rolled\u0000 back\u001b[31m at\u0007 14:02\tUTC\nthen\u007f waited\u0085\u009b"))
                .isEqualTo("Rolled back[31m at 14:02\tUTC\nthen waited");
        assertThat(SafeText.multiLine("one\r\ntwo\rthree\u2028four\u2029five")).isEqualTo("one\ntwo\nthree\nfour\nfive");
    }

    @Test
    void bidiOverridesAndIsolatesGoRightToLeftTextAndMarksStay() {
        // "Trojan Source": the override makes "the fix was approved" display reversed around the hidden word
        assertThat(SafeText.multiLine("the fix was \u202Edevorppa ton\u202C approved")).isEqualTo("the fix was devorppa ton approved");
        assertThat(SafeText.multiLine("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069")).isEmpty();
        String hebrew = "השרת נפל ב-14:02 \u200F(UTC)";
        assertThat(SafeText.multiLine(hebrew)).isSameAs(hebrew);
        assertThat(SafeText.multiLine("العربية\u061C 5xx \u200Eok")).isEqualTo("العربية\u061C 5xx \u200Eok");
    }

    @Test
    void emojiStayLoneSurrogatesAndNonCharactersGo() {
        assertThat(SafeText.multiLine("👀 rollback 🚀")).isEqualTo("👀 rollback 🚀");
        assertThat(SafeText.multiLine("a\uD800b\uDC00c\uFFFEd\uFFFF")).isEqualTo("abcd");
    }

    @Test
    void oneLineFieldsFoldLineBreaksAndTabsIntoOneSpace() {
        assertThat(SafeText.singleLine("Alert on certificate expiry\nbelow 14 days")).isEqualTo("Alert on certificate expiry below 14 days");
        assertThat(SafeText.singleLine("Runbook  \r\n\t  for\tSAML  re-upload\n")).isEqualTo("Runbook for SAML  re-upload");
        assertThat(SafeText.singleLine("\n\nOwner: Dana")).isEqualTo("Owner: Dana");
        assertThat(SafeText.singleLine("two  spaces stay")).isEqualTo("two  spaces stay");
        assertThat(SafeText.singleLine("bell\u0007 and \u202Eoverride")).isEqualTo("bell and override");
    }

    @Test
    void cleanTextIsTheSameInstanceAndNullStaysNull() {
        String clean = "Staff logins failed for 90 minutes.\nNobody read the mailbox.";
        assertThat(SafeText.multiLine(clean)).isSameAs(clean);
        assertThat(SafeText.singleLine("one line")).isEqualTo("one line");
        assertThat(SafeText.multiLine(null)).isNull();
        assertThat(SafeText.singleLine(null)).isNull();
    }

    @Property(tries = 2000)
    void nothingHarmfulSurvivesAndCleaningTwiceChangesNothing(@ForAll("hostile") String s) {
        String multi = SafeText.multiLine(s);
        String single = SafeText.singleLine(s);
        for (String out : new String[] {multi, single}) {
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                assertThat(c < 0x20 && c != '\t' && c != '\n').as("control U+%04X in %s", (int) c, out).isFalse();
                assertThat(c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                        || c == '\r' || c == '\u2028' || c == '\u2029').as("U+%04X", (int) c).isFalse();
                if (Character.isHighSurrogate(c)) assertThat(Character.isLowSurrogate(out.charAt(++i))).isTrue();
                else assertThat(Character.isLowSurrogate(c)).isFalse();
            }
        }
        assertThat(single).doesNotContain("\n").doesNotContain("\t");
        assertThat(SafeText.multiLine(multi)).isEqualTo(multi);
        assertThat(SafeText.singleLine(single)).isEqualTo(single);
        // only removals and folding: every letter and digit of the input is still there, in order
        assertThat(single.replaceAll("[^\\p{L}\\p{N}]", "")).isEqualTo(s.replaceAll("[^\\p{L}\\p{N}]", ""));
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.strings().withChars("ab1 \t\n\r\u0000\u0007\u001b\u007f\u0085\u009b\u202a\u202e\u2066\u2069\u2028\u200f\u05d0\uD83D\uDC40\uD800\uDC00\uFFFF")
                .ofMaxLength(40);
    }
}

package io.postmortem.evidence.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time-zone abbreviations as people write them in chat, mapped to region zones so daylight saving follows the date
 * ("PT", "PST" and "PDT" all mean America/Los_Angeles: people write "PST" all year). IST is India; BST British Summer
 * Time; CST US Central. Explicit offsets ({@code +02:00}, {@code UTC+1},
 * {@code GMT-5}) are supported by {@link #parse}.
 * An abbreviation that names two zones is read as the incident's own zone when that is one of them: "IST" is Irish
 * Standard Time for a team in Europe/Dublin and Israel's for one in Asia/Jerusalem ({@link #readFor}).
 */
public final class Zones {
    private static final Map<String, String> ABBR = Map.ofEntries(
            Map.entry("UTC", "UTC"), Map.entry("GMT", "UTC"), Map.entry("Z", "UTC"), Map.entry("ZULU", "UTC"),
            Map.entry("PT", "America/Los_Angeles"), Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
            Map.entry("MT", "America/Denver"), Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
            Map.entry("CT", "America/Chicago"), Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("ET", "America/New_York"), Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("AKST", "America/Anchorage"), Map.entry("AKDT", "America/Anchorage"), Map.entry("HST", "Pacific/Honolulu"),
            Map.entry("BRT", "America/Sao_Paulo"),
            Map.entry("WET", "Europe/Lisbon"), Map.entry("WEST", "Europe/Lisbon"),
            Map.entry("BST", "Europe/London"), Map.entry("UK", "Europe/London"),
            Map.entry("CET", "Europe/Berlin"), Map.entry("CEST", "Europe/Berlin"),
            Map.entry("EET", "Europe/Athens"), Map.entry("EEST", "Europe/Athens"), Map.entry("MSK", "Europe/Moscow"),
            Map.entry("IST", "Asia/Kolkata"), Map.entry("SGT", "Asia/Singapore"), Map.entry("HKT", "Asia/Hong_Kong"),
            Map.entry("JST", "Asia/Tokyo"), Map.entry("KST", "Asia/Seoul"),
            Map.entry("AWST", "Australia/Perth"), Map.entry("ACST", "Australia/Adelaide"),
            Map.entry("AEST", "Australia/Sydney"), Map.entry("AEDT", "Australia/Sydney"),
            Map.entry("NZST", "Pacific/Auckland"), Map.entry("NZDT", "Pacific/Auckland"), Map.entry("NZT", "Pacific/Auckland"),
            Map.entry("ACDT", "Australia/Adelaide"), Map.entry("AWDT", "Australia/Perth"),
            // the rest of the abbreviations in common use (the tz database's, and those its older releases and
            // Windows still print), each for one region; a name with two meanings takes the more common one here and
            // the other through OTHER_READINGS. Left out: those that are also words or tests written in capitals after
            // a clock ("14:05 CAT scan", "PET", "ART", "ICT", "GST", "COT", "WIT", "AST 450 U/L")
            Map.entry("NST", "America/St_Johns"), Map.entry("NDT", "America/St_Johns"),
            Map.entry("ADT", "America/Halifax"), Map.entry("CLT", "America/Santiago"), Map.entry("CLST", "America/Santiago"),
            Map.entry("VET", "America/Caracas"),
            Map.entry("WAT", "Africa/Lagos"), Map.entry("EAT", "Africa/Nairobi"),
            Map.entry("SAST", "Africa/Johannesburg"),
            Map.entry("MEZ", "Europe/Berlin"), Map.entry("MESZ", "Europe/Berlin"), Map.entry("TRT", "Europe/Istanbul"),
            Map.entry("IDT", "Asia/Jerusalem"), Map.entry("PKT", "Asia/Karachi"), Map.entry("NPT", "Asia/Kathmandu"),
            Map.entry("WIB", "Asia/Jakarta"), Map.entry("WITA", "Asia/Makassar"), Map.entry("MYT", "Asia/Kuala_Lumpur"),
            Map.entry("PHT", "Asia/Manila"),
            // the US zones by their word, as written after a clock ("20:25 Eastern", "9:15 Pacific time")
            Map.entry("EASTERN", "America/New_York"), Map.entry("CENTRAL", "America/Chicago"),
            Map.entry("MOUNTAIN", "America/Denver"), Map.entry("PACIFIC", "America/Los_Angeles"));

    /**
     * A zone written by its tz database name, as reports and dashboards do: "03:46 to 04:33 US/Pacific", "(all times are
     * Europe/Zurich)", "America/Los_Angeles". {@link #parse} reads it through the tz database.
     */
    private static final String IANA = "(?:US/(?:Pacific|Mountain|Central|Eastern|Alaska|Hawaii)"
            + "|(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)";

    /** Regex alternation of the known abbreviations and tz names, longest first (for use inside other patterns). */
    public static final String ABBR_REGEX = IANA + "|AKST|AKDT|AEST|AEDT|AWST|ACST|ACDT|AWDT|NZST|NZDT|CEST|EEST|WEST|CLST|SAST|MESZ|WITA|ZULU"
            + "|UTC|GMT|PST|PDT|MST|MDT|CST|CDT|EST|EDT|HST|BRT|WET|BST|CET|EET|MSK|IST|SGT|HKT|JST|KST|NZT|NST|NDT|ADT"
            + "|CLT|VET|WAT|EAT|MEZ|TRT|IDT|PKT|NPT|WIB|MYT|PHT|PT|MT|CT|ET|Z";

    private Zones() {
    }

    /** Abbreviations that name more than one zone: the zones besides the default reading. */
    private static final Map<String, java.util.Set<String>> OTHER_READINGS = Map.of(
            "IST", java.util.Set.of("Europe/Dublin", "Asia/Jerusalem"),
            // China Standard Time and Taiwan's, Bangladesh Standard Time
            "CST", java.util.Set.of("Asia/Shanghai", "Asia/Taipei", "Asia/Hong_Kong"),
            "BST", java.util.Set.of("Asia/Dhaka"));

    /** The incident's own zone while its evidence is read (null: the default readings). */
    private static final ThreadLocal<ZoneId> HOME = new ThreadLocal<>();

    /**
     * Runs {@code work} with abbreviations read for a team in {@code home}: an abbreviation that also names that zone
     * ("IST" for Europe/Dublin) means it there. Nested calls keep the outer zone.
     */
    public static <T> T readFor(ZoneId home, java.util.function.Supplier<T> work) {
        ZoneId before = HOME.get();
        if (before != null || home == null) return work.get();
        HOME.set(home);
        try {
            return work.get();
        } finally {
            HOME.remove();
        }
    }

    /** "Pacific time", "Eastern Daylight Time": a US zone's word with its "time" (upper-cased), read as the word alone. */
    private static final Pattern US_ZONE_WORDS = Pattern.compile("^(EASTERN|CENTRAL|MOUNTAIN|PACIFIC)\\s+(?:DAYLIGHT |STANDARD )?TIME$");

    /**
     * Cities by the name people write, from the tz database's own city names ("Paris" for Europe/Paris, "New York" for
     * America/New_York), plus the local spellings a few writers use ("Lisboa", "Londres", "Zürich").
     */
    private static final Map<String, String> CITIES;
    static {
        Map<String, String> c = new java.util.HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (!id.matches("(?:Europe|America|Asia|Africa|Australia|Pacific|Atlantic)/[A-Z][A-Za-z_]+")) continue;
            c.putIfAbsent(id.substring(id.indexOf('/') + 1).replace('_', ' ').toUpperCase(Locale.ROOT), id);
        }
        c.put("LISBOA", "Europe/Lisbon");
        c.put("LONDRES", "Europe/London");
        c.put("ZÜRICH", "Europe/Zurich");
        c.put("BRUXELLES", "Europe/Brussels");
        c.put("MÜNCHEN", "Europe/Berlin");
        c.put("FRANKFURT", "Europe/Berlin");
        c.put("BRASÍLIA", "America/Sao_Paulo");
        c.put("BRASILIA", "America/Sao_Paulo");
        // the tz database writes its cities without their accents; writers keep them ("hora de Bogotá")
        c.put("BOGOTÁ", "America/Bogota");
        c.put("SÃO PAULO", "America/Sao_Paulo");
        c.put("ASUNCIÓN", "America/Asuncion");
        c.put("CIUDAD DE MÉXICO", "America/Mexico_City");
        c.put("CIUDAD DE MEXICO", "America/Mexico_City");
        c.put("MÉRIDA", "America/Merida");
        c.put("CANCÚN", "America/Cancun");
        c.put("REYKJAVÍK", "Atlantic/Reykjavik");
        CITIES = Map.copyOf(c);
    }

    /**
     * A zone named by its city after a clock: "07:38 heure de Paris", "9:48 Paris time", "10:15 hora de Lisboa", "12:00
     * New York local time". Only a city the tz database (or {@link #CITIES}) knows; "Londense tijd" or "Dinner time" is none.
     */
    static final String CITY_TIME;
    static {
        String names = CITIES.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(n -> n.replace(" ", "\\s")).collect(java.util.stream.Collectors.joining("|"));
        CITY_TIME = "(?iu:(?:heure de |hora de |horário de |horario de )(?:" + names + ")(?![\\p{L}])|(?:" + names + ")\\s(?:local\\s)?time(?![\\p{L}]))";
    }
    private static final Pattern CITY_WORDS = Pattern.compile("^(?:HEURE DE |HORA DE |HORÁRIO DE |HORARIO DE )?(.+?)(?: LOCAL TIME| TIME)?$");

    /** {@link #CITY_TIME} compiled, once the cities are known. */
    private static final class CityTime {
        static final Pattern PHRASE = Pattern.compile(CITY_TIME);
        /** Right before a city's time, a party that owns it: "Greenhost's ", "their ", "the vendor's ". */
        static final Pattern OWNED = Pattern.compile("(?iu)(?:\\p{L}['’]s|\\btheir|\\bhis|\\bher)\\s+$");
    }

    /**
     * (phase 38) The one city's time a line names as the writer's ("Recap (Tue 17 Dec), all Dublin time - Greenhost's CET
     * minus one hour:"): null when it names none, names two, or names it as another party's ("Greenhost's Amsterdam time").
     */
    public static ZoneId cityTimeNamed(String line) {
        if (line == null) return null;
        Matcher m = CityTime.PHRASE.matcher(line);
        ZoneId found = null;
        while (m.find()) {
            if (CityTime.OWNED.matcher(line.substring(Math.max(0, m.start() - 24), m.start())).find()) continue;
            ZoneId z = city(m.group());
            if (z == null || found != null && !found.equals(z)) return null;
            found = z;
        }
        return found;
    }

    /** The zone of a city phrase ({@link #CITY_TIME}), or null when the words name no city the tz database knows. */
    static ZoneId city(String phrase) {
        Matcher m = CITY_WORDS.matcher(phrase.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
        if (!m.matches()) return null;
        String id = CITIES.get(m.group(1));
        return id == null ? null : ZoneId.of(id);
    }

    /** The zone for an abbreviation or offset, or null when not recognised. */
    public static ZoneId parse(String token) {
        if (token == null) return null;
        if (token.trim().contains(" ")) {
            ZoneId c = city(token);
            if (c != null) return c;
        }
        String t = US_ZONE_WORDS.matcher(token.trim().toUpperCase(Locale.ROOT).replace("(", "").replace(")", "")).replaceFirst("$1");
        if (t.isEmpty()) return null;
        String id = ABBR.get(t);
        ZoneId home = HOME.get();
        if (id != null && home != null && OTHER_READINGS.getOrDefault(t, java.util.Set.of()).contains(home.getId())) return home;
        if (id != null) return ZoneId.of(id);
        try {
            if (t.matches("(UTC|GMT)?[+-]\\d{1,2}(:?\\d{2})?")) {
                String off = t.replaceFirst("^(UTC|GMT)", "");
                String sign = off.substring(0, 1);
                String digits = off.substring(1).replace(":", "");
                int h, m = 0;
                if (digits.length() <= 2) h = Integer.parseInt(digits);
                else {
                    h = Integer.parseInt(digits.substring(0, digits.length() - 2));
                    m = Integer.parseInt(digits.substring(digits.length() - 2));
                }
                return ZoneOffset.ofHoursMinutes(sign.equals("-") ? -h : h, sign.equals("-") ? -m : m);
            }
            if (t.contains("/")) return ZoneId.of(token.trim());
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A short label for a zone, as recorded in {@code TimelineEntry.assumedZone}. */
    public static String label(ZoneId zone) {
        if (zone == null) return null;
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}

package io.postmortem.postmortem;

/** Section 5: data lost, exposed, personal data, regulatory notification. */
public record DataImpact(String lost, String exposed, PersonalData personalData,
                         RegulatoryNotification regulatoryNotification) {

    public DataImpact {
        if (personalData == null) personalData = new PersonalData(null, null, null, null);
        if (regulatoryNotification == null) regulatoryNotification = new RegulatoryNotification(null, null, null);
    }

    public static DataImpact empty() {
        return new DataImpact(null, null, null, null);
    }

    /** {@code involved} null means not yet answered. */
    public record PersonalData(Boolean involved, String categories, String volume, String jurisdiction) {
    }

    /** {@code required} null means not yet answered. */
    public record RegulatoryNotification(Boolean required, String regulator, String deadline) {
    }
}

package io.postmortem.postmortem;

/** The seed's checklist before anything is published externally; all five must be ticked. */
public record RedactionChecklist(boolean noSystemNames, boolean noPersonalNames, boolean noWeaponisableDetail,
                                 boolean noUnverifiableVendorBlame, boolean legalReviewed) {

    public static RedactionChecklist none() {
        return new RedactionChecklist(false, false, false, false, false);
    }

    public boolean complete() {
        return noSystemNames && noPersonalNames && noWeaponisableDetail && noUnverifiableVendorBlame && legalReviewed;
    }
}

package org.openbilling.codesets.scrub;

import org.openbilling.domain.encounter.EncounterText;

import org.openbilling.domain.encounter.Parties.BillingProvider;
import org.openbilling.domain.encounter.Parties.Provider;

/**
 * Who: the billing provider, the rendering and referring providers' NPIs, the patient and their date of birth, and
 * the text of every party as the 837P writes it (lengths, character set, transliteration: {@link EncounterText}).
 */
final class PartyRules {
    private PartyRules() {
    }

    static void check(Review r) {
        BillingProvider billing = r.details == null ? null : r.details.billingProvider();
        if (r.errors.required("billingProvider", billing) != null) {
            r.errors.required("billingProvider.npi", billing.npi());
            r.errors.required("billingProvider.taxId", billing.taxId());
        }
        provider(r, r.details == null ? null : r.details.renderingProvider(), "renderingProvider.npi");
        provider(r, r.details == null ? null : r.details.referringProvider(), "referringProvider.npi");
        if (r.errors.required("patient", r.patient) != null) {
            r.errors.required("patient.dateOfBirth", r.dateOfBirth);
        }
        // the rules of intake, for encounters stored before them: text the 837P cannot carry or hold
        EncounterText.check(r.details, "", r.errors, r.warnings);
    }

    private static void provider(Review r, Provider p, String npiField) {
        if (p != null) {
            r.errors.required(npiField, p.npi());
        }
    }
}

package org.openbilling.domain.encounter;

import java.util.List;
import org.openbilling.domain.claim.Warning;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.common.X12Element;
import org.openbilling.domain.common.X12Text;
import org.openbilling.domain.encounter.Parties.Address;
import org.openbilling.domain.encounter.Parties.Coverage;
import org.openbilling.domain.encounter.Parties.Person;
import org.openbilling.domain.encounter.Parties.Provider;

/**
 * Whether the free text of an encounter can be written into the 837P elements it goes to: characters of the X12
 * sets only (accented Latin letters transliterated, with a warning), and as written within the implementation
 * guide's lengths ({@link X12Element}). One walk, with the fields named as in the encounter input, used by intake
 * ({@link EncounterFactory}), by the claim scrubber (for encounters stored before these rules) and before a
 * submission, so that every door gives the same answer.
 *
 * <p>Names and addresses are transliterated as the writer does ({@link X12Text#asWritten}); identifiers (member
 * id, payer id, group number, prior authorization) are written as given, so a character outside the set there is
 * an error, not a transliteration.
 */
public final class EncounterText {
    public static final String RULE_CHARACTER_SET = "x12-character-set";
    public static final String RULE_TOO_LONG = "text-too-long";
    public static final String RULE_TOO_SHORT = "text-too-short";
    /** A warning: the text is written transliterated. */
    public static final String RULE_TRANSLITERATED = "x12-transliterated";

    private static final String SET = "X12 carries A-Z, a-z, 0-9, space and ! \" & ' ( ) + , - . / ; ? = % @ [ ] _ { }"
            + " \\ | < > # $";

    private EncounterText() {
    }

    /**
     * Adds to {@code errors} every text of {@code d} that cannot be written, and to {@code warnings} (when not null)
     * every one that is written transliterated; fields are named under {@code prefix} ("" or e.g. "encounter.").
     */
    public static void check(EncounterDetails d, String prefix, Violations errors, List<Warning> warnings) {
        if (d == null) {
            return;
        }
        new Walk(prefix, errors, warnings, null).details(d);
    }

    /**
     * The check at intake: every text that cannot be written is an error, with each coverage named by the field it
     * was sent under ({@code coverageFields}, in payment order).
     */
    public static void check(EncounterDetails d, List<String> coverageFields, Violations errors) {
        if (d == null) {
            return;
        }
        new Walk("", errors, null, coverageFields).details(d);
    }

    /** The transliteration warnings of {@code d} (the input's field names). */
    public static List<Warning> warnings(EncounterDetails d) {
        List<Warning> warnings = new java.util.ArrayList<>(0);
        check(d, "", new Violations(), warnings);
        return List.copyOf(warnings);
    }

    /**
     * One check of one encounter. Field paths are passed as constant parts (the parent, e.g. "coverage.subscriber",
     * and the leaf, e.g. ".lastName") and joined only when something is reported: the scrubber runs this for every
     * claim, and a clean one allocates nothing here.
     */
    private record Walk(String prefix, Violations errors, List<Warning> warnings, List<String> coverageFields) {
        void details(EncounterDetails d) {
            person(d.patient(), "patient");
            List<Coverage> coverages = d.coverages();
            for (int i = 0; i < coverages.size(); i++) {
                if (coverageFields != null) {
                    coverage(coverages.get(i), coverageFields.get(i), coverageFields.get(i) + ".subscriber");
                } else {
                    CoveragePosition position = CoveragePosition.of(i);
                    coverage(coverages.get(i), position.field(), position.subscriberField());
                }
            }
            if (d.billingProvider() != null) {
                name(d.billingProvider().organizationName(), "billingProvider", ".organizationName", X12Element.NM103);
                address(d.billingProvider().address(), "billingProvider");
            }
            provider(d.renderingProvider(), "renderingProvider");
            provider(d.referringProvider(), "referringProvider");
            if (d.serviceFacility() != null) {
                name(d.serviceFacility().name(), "serviceFacility", ".name", X12Element.NM103);
                address(d.serviceFacility().address(), "serviceFacility");
            }
            id(d.priorAuthorization(), "", "priorAuthorization", X12Element.REF02);
        }

        private void person(Person p, String parent) {
            if (p == null) {
                return;
            }
            name(p.lastName(), parent, ".lastName", X12Element.NM103);
            name(p.firstName(), parent, ".firstName", X12Element.NM104);
            address(p.address(), parent);
        }

        private void coverage(Coverage c, String parent, String subscriber) {
            if (c == null) {
                return;
            }
            id(c.payerId(), parent, ".payerId", X12Element.NM109);
            name(c.payerName(), parent, ".payerName", X12Element.NM103);
            id(c.memberId(), parent, ".memberId", X12Element.NM109);
            id(c.groupNumber(), parent, ".groupNumber", X12Element.SBR03);
            person(c.subscriber(), subscriber);
        }

        private void provider(Provider p, String parent) {
            if (p == null) {
                return;
            }
            name(p.lastName(), parent, ".lastName", X12Element.NM103);
            name(p.firstName(), parent, ".firstName", X12Element.NM104);
        }

        private void address(Address a, String parent) {
            if (a == null) {
                return;
            }
            name(a.line1(), parent, ".address.line1", X12Element.N301);
            name(a.line2(), parent, ".address.line2", X12Element.N302);
            name(a.city(), parent, ".address.city", X12Element.N401);
        }

        /** A name or address: checked as the writer writes it, transliterated. */
        private void name(String value, String parent, String leaf, X12Element element) {
            if (value == null || value.isBlank()) {
                return;
            }
            if (X12Text.inCharacterSet(value)) {
                length(X12Text.writtenLength(value), parent, leaf, element);
                return;
            }
            int bad = X12Text.firstUnwritable(value);
            if (bad >= 0) {
                String f = prefix + parent + leaf;
                errors.add(RULE_CHARACTER_SET, f, f + " holds " + X12Text.describe(bad) + ", which an 837P cannot carry ("
                        + SET + "; accented Latin letters are written without their accents)");
                return;
            }
            String written = X12Text.asWritten(value);
            length(written.length(), parent, leaf, element);
            if (warnings != null && !X12Text.transliterate(value).equals(value)) {
                String f = prefix + parent + leaf;
                warnings.add(new Warning(RULE_TRANSLITERATED, f, f + " is written as '" + written
                        + "' in the 837P: X12 has no accented letters or typographic punctuation"));
            }
        }

        /** An identifier: written as given, so it must be in the set as it is. */
        private void id(String value, String parent, String leaf, X12Element element) {
            if (value == null || value.isBlank()) {
                return;
            }
            String s = value.strip();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (cp >= 0x20 && cp != 0x7f && (cp > 0xffff || !X12Text.inCharacterSet((char) cp))) {
                    String f = prefix + parent + leaf;
                    errors.add(RULE_CHARACTER_SET, f, f + " holds " + X12Text.describe(cp)
                            + ", which an 837P cannot carry (" + SET + ")");
                    return;
                }
                i += Character.charCount(cp);
            }
            length(s.length(), parent, leaf, element);
        }

        private void length(int n, String parent, String leaf, X12Element element) {
            if (n > element.maxLength()) {
                String f = prefix + parent + leaf;
                errors.add(RULE_TOO_LONG, f, f + " is " + n + " characters as written in the 837P; " + element
                        + " holds at most " + element.maxLength());
            } else if (n < element.minLength()) {
                String f = prefix + parent + leaf;
                errors.add(RULE_TOO_SHORT, f, f + " is " + n + " character" + (n == 1 ? "" : "s")
                        + " as written in the 837P; " + element + " needs at least " + element.minLength());
            }
        }
    }
}

package org.openbilling.domain.practice;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.common.X12Element;
import org.openbilling.domain.common.X12Text;

/** Practice settings as an admin sends them; {@link #toSettings} checks every field and reports all problems. */
public record PracticeSettingsInput(String submitterId, String submitterName, ContactInput submitterContact,
                                    String receiverId, String receiverName, String usageIndicator, String timeZone,
                                    Integer statementDueDays, Long expectedVersion) {
    /** A US number as people write it: ten digits, optionally +1 or 1 ahead, grouped with spaces ( ) - . only. */
    private static final Pattern PHONE = Pattern.compile("(\\+?1[ .-]?)?(\\(\\d{3}\\)|\\d{3})[ .-]?\\d{3}[ .-]?\\d{4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s~*:^]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,}");
    private static final Pattern X12_ID = Pattern.compile("[A-Za-z0-9]{2,15}");

    public record ContactInput(String name, String phone, String email) {
    }

    public PracticeSettings toSettings(PracticeId practice, long currentVersion) {
        Violations v = new Violations();
        x12Id(submitterId, "submitterId", v);
        x12Name(submitterName, "submitterName", X12Element.NM103, v);
        x12Id(receiverId, "receiverId", v);
        x12Name(receiverName, "receiverName", X12Element.NM103, v);
        PracticeSettings.Contact contact = null;
        if (v.required("submitterContact", submitterContact) != null) {
            x12Name(submitterContact.name(), "submitterContact.name", X12Element.PER02, v);
            String given = submitterContact.phone() == null ? "" : submitterContact.phone().strip();
            String phone = given.isEmpty() ? null : phoneDigits(given);
            String email = submitterContact.email() == null ? null : submitterContact.email().strip();
            if (given.isEmpty() && (email == null || email.isEmpty())) {
                v.add("required", "submitterContact.phone", "a phone number or an email is required");
            }
            if (!given.isEmpty() && phone == null) {
                // refused, not dropped: a contact the clearinghouse cannot call is found out only when a batch fails
                v.add("phone-format", "submitterContact.phone", "a phone number is ten digits (e.g. 217-555-0100,"
                        + " (217) 555-0100 or +1 217 555 0100)");
            }
            if (email != null && !email.isEmpty() && !EMAIL.matcher(email).matches()) {
                v.add("email-format", "submitterContact.email", "not an email address");
            }
            contact = new PracticeSettings.Contact(submitterContact.name(), phone,
                    email == null || email.isEmpty() ? null : email);
        }
        String usage = usageIndicator == null ? "P" : usageIndicator.strip();
        if (!usage.equals("P") && !usage.equals("T")) {
            v.add("usage-indicator-format", "usageIndicator", "usageIndicator is P (production) or T (test)");
        }
        ZoneId zone = PracticeSettings.DEFAULT_ZONE;
        if (timeZone != null) {
            try {
                zone = ZoneId.of(timeZone.strip());
            } catch (DateTimeException e) {
                v.add("time-zone-unknown", "timeZone", "not an IANA time zone such as America/Chicago");
            }
        }
        int days = statementDueDays == null ? PracticeSettings.DEFAULT_STATEMENT_DUE_DAYS : statementDueDays;
        if (days < 1 || days > 365) {
            v.add("statement-due-days-out-of-range", "statementDueDays", "statementDueDays is from 1 to 365");
        }
        v.throwIfAny();
        return new PracticeSettings(practice, submitterId.strip(), submitterName.strip(), contact, receiverId.strip(),
                receiverName.strip(), usage, zone, days, currentVersion);
    }

    private static void x12Id(String value, String field, Violations v) {
        if (v.required(field, value) != null && !X12_ID.matcher(value.strip()).matches()) {
            v.add("x12-id-format", field, field + " is 2 to 15 letters and digits");
        }
    }

    /** The ten digits of a phone number as people write it; null when it is not one. */
    static String phoneDigits(String given) {
        if (!PHONE.matcher(given).matches()) {
            return null;
        }
        String digits = given.replaceAll("[^0-9]", "");
        return digits.length() == 11 ? digits.substring(1) : digits;
    }

    private static void x12Name(String value, String field, X12Element element, Violations v) {
        if (v.required(field, value) != null && (value.strip().length() > element.maxLength()
                || !value.chars().allMatch(c -> X12Text.inCharacterSet((char) c) && X12Text.DELIMITERS.indexOf(c) < 0))) {
            v.add("x12-name-format", field, field + " is at most " + element.maxLength()
                    + " characters of the X12 set (A-Z, a-z, 0-9, space, punctuation) without ~ * : ^ (" + element + ")");
        }
    }
}

package org.openbilling.claimstatus;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.openbilling.contract.Requests;
import org.openbilling.contract.WholeNumber;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.Violations;
import org.openbilling.domain.invoice.AdjustmentKind;
import org.openbilling.domain.invoice.PaymentMethod;

/**
 * The bodies of the invoice endpoints as clients send them (raw strings, so that a malformed amount is a named
 * violation, and an amount may be a JSON string or number) and the checked commands made from them. Every
 * violation is reported at once (422), before anything is read or written.
 */
public final class InvoiceRequests {
    static final int MAX_REFERENCE = 100;
    static final int MAX_REASON = 500;
    static final Set<AdjustmentKind> CLIENT_KINDS = EnumSet.of(AdjustmentKind.WRITE_OFF, AdjustmentKind.PAYMENT_REVERSAL);

    private InvoiceRequests() {
    }

    /** The body of POST /invoices/{id}/payments, checked. */
    static PaymentCommand toCommand(Requests.Payment request) {
        Violations v = new Violations();
        Money amount = parseAmount(v, request.amount());
        PaymentMethod m = enumValue(v, PaymentMethod.FROM_CLIENTS, "method", request.method());
        String ref = text(v, "reference", request.reference(), MAX_REFERENCE, false);
        v.throwIfAny();
        return new PaymentCommand(amount, m, ref);
    }

    /** The body of POST /invoices/{id}/adjustments. */
    public record AdjustmentRequest(String amount, String kind, String reason,
                                    @JsonDeserialize(using = WholeNumber.class) Long expectedVersion) {
        AdjustmentCommand toCommand() {
            Violations v = new Violations();
            Money amount = parseAmount(v, amount());
            AdjustmentKind k = enumValue(v, CLIENT_KINDS, "kind", kind());
            String r = text(v, "reason", reason(), MAX_REASON, true);
            v.required("expectedVersion", expectedVersion());
            v.throwIfAny();
            return new AdjustmentCommand(amount, k, r, expectedVersion());
        }
    }

    /** The body of POST /invoices/{id}/void. */
    public record VoidRequest(String reason, @JsonDeserialize(using = WholeNumber.class) Long expectedVersion) {
        VoidCommand toCommand() {
            Violations v = new Violations();
            String r = text(v, "reason", reason(), MAX_REASON, true);
            v.required("expectedVersion", expectedVersion());
            v.throwIfAny();
            return new VoidCommand(r, expectedVersion());
        }
    }

    public record PaymentCommand(Money amount, PaymentMethod method, String reference) {
    }

    public record AdjustmentCommand(Money amount, AdjustmentKind kind, String reason, long expectedVersion) {
    }

    public record VoidCommand(String reason, long expectedVersion) {
    }

    /** An amount above zero with at most two decimals, below the house limit; a JSON number arrives as its text. */
    private static Money parseAmount(Violations v, String raw) {
        if (v.required("amount", raw) == null || raw.isBlank()) {
            return null;
        }
        Money m = v.parse("amount", () -> Money.of(raw));
        if (m != null && !m.isPositive()) {
            v.add("amount-not-positive", "amount", "the amount must be above zero");
            return null;
        }
        return m;
    }

    /** One of {@code allowed}; the others (a credit carried, CREDIT) are the system's own and never a client's. */
    private static <E extends Enum<E>> E enumValue(Violations v, Set<E> allowed, String field, String raw) {
        if (v.required(field, raw) == null || raw.isBlank()) {
            return null;
        }
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        for (E e : allowed) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        v.add("enum-value", field, field + " is one of " + allowed);
        return null;
    }

    /** Free text: bounded, printable (no control characters); blank counts as absent. */
    private static String text(Violations v, String field, String raw, int max, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                v.add("required", field, field + " is required");
            }
            return null;
        }
        String t = raw.strip();
        if (t.length() > max) {
            v.add("text-too-long", field, field + " is at most " + max + " characters");
        } else if (!t.chars().allMatch(ch -> ch >= 0x20 && ch != 0x7f)) {
            v.add("text-characters", field, field + " holds control characters");
        }
        return t;
    }
}

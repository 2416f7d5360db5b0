package org.openbilling.dynamodb.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The sort key of a change entry: stored keys must read the same after changeKey stopped using String.format. */
class AuditKeysTest {
    @Test
    void changeKey_isTheVersionZeroPaddedToTwelveDigits_thenTheAction_asStringFormatWroteIt() {
        for (long version : new long[] {0, 1, 9, 10, 12345, 999_999_999_999L, 1_000_000_000_000L, -3}) {
            assertEquals(String.format("%012d#%s", version, "CLAIM_REMITTANCE_POSTED"),
                    AuditLog.changeKey(version, "CLAIM_REMITTANCE_POSTED"), "version " + version);
        }
        assertEquals("000000000001#INVOICE_CREATED", AuditLog.changeKey(1, "INVOICE_CREATED"));
    }
}

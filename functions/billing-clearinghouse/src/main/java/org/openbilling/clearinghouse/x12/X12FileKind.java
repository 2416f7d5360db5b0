package org.openbilling.clearinghouse.x12;

/** What an X12 file exchanged with a clearinghouse holds, told by ST01 and the implementation guide (GS08/ST03). */
public enum X12FileKind {
    /** 005010X222A1 professional claims: the batches the platform sends. */
    CLAIM_837P("837P"),
    /** 005010X231A1 implementation acknowledgement. */
    ACK_999("999"),
    /** 005010X214 claim acknowledgement. */
    ACK_277CA("277CA"),
    /** 005010X212 answer to a claim status inquiry. */
    STATUS_277("277"),
    /** 005010X221A1 remittance advice. */
    REMITTANCE_835("835"),
    /** 005010X279A1 eligibility answer (no eligibility function yet: such a file waits for a person). */
    ELIGIBILITY_271("271"),
    /** Readable X12 of a transaction set the platform does not take in. */
    OTHER("other");

    private final String label;

    X12FileKind(String label) {
        this.label = label;
    }

    /** The name people use: {@code 999}, {@code 277CA}, {@code 835}... */
    public String label() {
        return label;
    }
}

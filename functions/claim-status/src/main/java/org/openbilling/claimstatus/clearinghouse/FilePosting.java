package org.openbilling.claimstatus.clearinghouse;

import jakarta.enterprise.context.ApplicationScoped;
import org.openbilling.claimstatus.AcknowledgementService;
import org.openbilling.claimstatus.RemittanceService;
import org.openbilling.clearinghouse.x12.X12FileKind;
import org.openbilling.contract.mapping.RemittanceAnswers;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.StorageJson;

/**
 * Posts a received file through the very services behind POST /acknowledgements and POST /remittances, in
 * process: one piece of code decides what a 999, 277CA or 835 does, whichever way it arrived. Both are safe to
 * repeat (an 835 by its trace number, an acknowledgement by the verdict already in a claim's history), which is
 * what makes a retry after a crash between posting and recording harmless.
 */
@ApplicationScoped
public class FilePosting {
    /** The actor in claim histories for what the mailbox brought. */
    public static final String ACTOR = "clearinghouse";
    private final AcknowledgementService acknowledgements;
    private final RemittanceService remittances;

    public FilePosting(AcknowledgementService acknowledgements, RemittanceService remittances) {
        this.acknowledgements = acknowledgements;
        this.remittances = remittances;
    }

    /** True for the kinds the platform posts. */
    public static boolean postable(X12FileKind kind) {
        return kind == X12FileKind.ACK_999 || kind == X12FileKind.ACK_277CA || kind == X12FileKind.STATUS_277
                || kind == X12FileKind.REMITTANCE_835;
    }

    /**
     * Posts the file and answers the REST answer of the same post as JSON (counts and claim numbers, no patient data).
     *
     * @throws org.openbilling.x12.X12FormatException when the file cannot be read as its kind
     */
    public String post(PracticeId practice, X12FileKind kind, byte[] x12) {
        if (kind == X12FileKind.REMITTANCE_835) {
            RemittanceService.Posted posted = remittances.post(practice, ACTOR, x12);
            return StorageJson.write(RemittanceAnswers.of(posted.totals(), posted.alreadyPosted()));
        }
        return StorageJson.write(acknowledgements.apply(practice, ACTOR, x12));
    }
}

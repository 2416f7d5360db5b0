package org.openbilling.x12;

import java.util.List;

/**
 * One 999 implementation acknowledgment: which of our functional groups it answers (AK1), the verdict on the
 * group (AK9) and on each transaction set in it (AK2/IK5), with the reported errors as text.
 */
public record Ack999(String interchangeControlNumber, String senderId, String acknowledgedFunctionalId,
                     String acknowledgedGroupControlNumber, String acknowledgedVersion, String groupAcknowledgmentCode,
                     List<String> groupErrorCodes, int transactionsIncluded, int transactionsReceived,
                     int transactionsAccepted, List<TransactionAck> transactions) {

    public Ack999 {
        groupErrorCodes = List.copyOf(groupErrorCodes);
        transactions = List.copyOf(transactions);
    }

    /** AK9-01 A (accepted) or E (accepted with errors): the group went through. */
    public boolean groupAccepted() {
        return "A".equals(groupAcknowledgmentCode) || "E".equals(groupAcknowledgmentCode);
    }

    /** AK9-01 P: some transaction sets were accepted, some rejected. */
    public boolean groupPartiallyAccepted() {
        return "P".equals(groupAcknowledgmentCode);
    }

    /** The verdict on one transaction set (AK2 control number = our ST02). */
    public record TransactionAck(String transactionSetId, String controlNumber, String implementationReference,
                                 String acknowledgmentCode, List<String> syntaxErrorCodes, List<String> errors) {
        public TransactionAck {
            syntaxErrorCodes = List.copyOf(syntaxErrorCodes);
            errors = List.copyOf(errors);
        }

        /** IK5-01 A or E: accepted (E: with errors the receiver tolerates). */
        public boolean accepted() {
            return "A".equals(acknowledgmentCode) || "E".equals(acknowledgmentCode);
        }
    }
}

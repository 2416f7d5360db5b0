package org.openbilling.dynamodb.claim;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * A claim number's claim, kept in the claims table under {@code practice#number#<claim number>} (claim ids cannot
 * hold {@code #}, so the key never meets a claim's), written when the claim is created. It carries no index
 * attribute: the claims table's indexes never see it. Lets an 835 resolve its claim numbers by key, 100 per
 * BatchGetItem, instead of one index Query each.
 */
@DynamoDbBean
public class ClaimNumberItem {
    private String pk;
    private String claimId;

    @DynamoDbPartitionKey
    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    public String getClaimId() {
        return claimId;
    }

    public void setClaimId(String claimId) {
        this.claimId = claimId;
    }
}

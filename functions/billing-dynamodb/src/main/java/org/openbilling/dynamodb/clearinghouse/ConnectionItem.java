package org.openbilling.dynamodb.clearinghouse;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/** The stored form of a clearinghouse connection; {@code connectedPk} is set only while it is enabled; the run lease lives beside the document. */
@DynamoDbBean
public class ConnectionItem {
    private String pk;
    private String connectedPk;
    private String practiceSk;
    private Long version;
    private String body;
    private String leaseUntil;
    private String leaseOwner;

    @DynamoDbPartitionKey
    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "connected")
    public String getConnectedPk() {
        return connectedPk;
    }

    public void setConnectedPk(String connectedPk) {
        this.connectedPk = connectedPk;
    }

    @DynamoDbSecondarySortKey(indexNames = "connected")
    public String getPracticeSk() {
        return practiceSk;
    }

    public void setPracticeSk(String practiceSk) {
        this.practiceSk = practiceSk;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLeaseUntil() {
        return leaseUntil;
    }

    public void setLeaseUntil(String leaseUntil) {
        this.leaseUntil = leaseUntil;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public void setLeaseOwner(String leaseOwner) {
        this.leaseOwner = leaseOwner;
    }
}

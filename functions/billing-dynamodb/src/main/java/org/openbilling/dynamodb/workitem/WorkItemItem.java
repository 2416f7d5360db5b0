package org.openbilling.dynamodb.workitem;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/**
 * The stored form of a work item: its index keys (each index sparse where its key may be absent), the attributes
 * the lists filter on, and the body as a versioned document ({@link WorkItemDocument}).
 */
@DynamoDbBean
public class WorkItemItem {
    private String pk;
    private String openPk;
    private String statusPk;
    private String assigneePk;
    private String dueSk;
    private String claimPk;
    private String createdSk;
    private String status;
    private String category;
    private String payerId;
    private String codingRelated;
    private String body;
    private Long version;

    @DynamoDbPartitionKey
    public String getPk() {
        return pk;
    }

    public void setPk(String v) {
        this.pk = v;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "work-open-by-due")
    public String getOpenPk() {
        return openPk;
    }

    public void setOpenPk(String v) {
        this.openPk = v;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "work-by-status-due")
    public String getStatusPk() {
        return statusPk;
    }

    public void setStatusPk(String v) {
        this.statusPk = v;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "work-by-assignee-due")
    public String getAssigneePk() {
        return assigneePk;
    }

    public void setAssigneePk(String v) {
        this.assigneePk = v;
    }

    @DynamoDbSecondarySortKey(indexNames = {"work-open-by-due", "work-by-status-due", "work-by-assignee-due"})
    public String getDueSk() {
        return dueSk;
    }

    public void setDueSk(String v) {
        this.dueSk = v;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "by-claim")
    public String getClaimPk() {
        return claimPk;
    }

    public void setClaimPk(String v) {
        this.claimPk = v;
    }

    @DynamoDbSecondarySortKey(indexNames = "by-claim")
    public String getCreatedSk() {
        return createdSk;
    }

    public void setCreatedSk(String v) {
        this.createdSk = v;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String v) {
        this.status = v;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String v) {
        this.category = v;
    }

    public String getPayerId() {
        return payerId;
    }

    public void setPayerId(String v) {
        this.payerId = v;
    }

    public String getCodingRelated() {
        return codingRelated;
    }

    public void setCodingRelated(String v) {
        this.codingRelated = v;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String v) {
        this.body = v;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long v) {
        this.version = v;
    }
}

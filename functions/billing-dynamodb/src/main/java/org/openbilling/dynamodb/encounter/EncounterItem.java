package org.openbilling.dynamodb.encounter;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/** The stored form of an encounter: key and index attributes at the top, the aggregate as a JSON body. */
@DynamoDbBean
public class EncounterItem {
    private String pk;
    private String practicePk;
    private String statusPk;
    private String dateSk;
    private String id;
    private String practiceId;
    private String status;
    private Long version;
    private String createdAt;
    private String updatedAt;
    private String body;

    @DynamoDbPartitionKey
    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "by-practice")
    public String getPracticePk() {
        return practicePk;
    }

    public void setPracticePk(String practicePk) {
        this.practicePk = practicePk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "by-status")
    public String getStatusPk() {
        return statusPk;
    }

    public void setStatusPk(String statusPk) {
        this.statusPk = statusPk;
    }

    @DynamoDbSecondarySortKey(indexNames = {"by-practice", "by-status"})
    public String getDateSk() {
        return dateSk;
    }

    public void setDateSk(String dateSk) {
        this.dateSk = dateSk;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPracticeId() {
        return practiceId;
    }

    public void setPracticeId(String practiceId) {
        this.practiceId = practiceId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}

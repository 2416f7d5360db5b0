package org.openbilling.dynamodb.practice;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/** The stored form of a practice's settings. */
@DynamoDbBean
public class PracticeItem {
    private String pk;
    private Long version;
    private String body;
    private String listPk;
    private String practiceSk;

    /** One partition that lists every practice with saved settings (the scheduled checks' list of practices). */
    @DynamoDbSecondaryPartitionKey(indexNames = "all-practices")
    public String getListPk() {
        return listPk;
    }

    public void setListPk(String listPk) {
        this.listPk = listPk;
    }

    @DynamoDbSecondarySortKey(indexNames = "all-practices")
    public String getPracticeSk() {
        return practiceSk;
    }

    public void setPracticeSk(String practiceSk) {
        this.practiceSk = practiceSk;
    }

    @DynamoDbPartitionKey
    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
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
}

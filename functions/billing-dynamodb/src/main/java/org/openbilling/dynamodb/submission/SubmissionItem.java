package org.openbilling.dynamodb.submission;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;

/**
 * The stored form of a submission. The X12 text is kept gzipped: a batch of a thousand claims is about 300 KB of
 * text, near DynamoDB's 400 KB item limit, and X12 compresses tenfold. {@code controlPk} (practice and group
 * control number) lets a 999's AK1 find the batch; the practice's control-number counter lives in the same table
 * under its own key, without {@code controlPk}.
 */
@DynamoDbBean
public class SubmissionItem {
    private String pk;
    private String controlPk;
    private String id;
    private String practiceId;
    private String createdAt;
    private String body;
    private SdkBytes x12Gzip;

    @DynamoDbPartitionKey
    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "by-control-number")
    public String getControlPk() {
        return controlPk;
    }

    public void setControlPk(String controlPk) {
        this.controlPk = controlPk;
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

    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public SdkBytes getX12Gzip() {
        return x12Gzip;
    }

    public void setX12Gzip(SdkBytes x12Gzip) {
        this.x12Gzip = x12Gzip;
    }
}

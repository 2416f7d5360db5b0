package org.openbilling.dynamodb.submission;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/**
 * The stored form of a submission. The X12 text is kept gzipped: a batch of a thousand claims is about 300 KB of
 * text, near DynamoDB's 400 KB item limit, and X12 compresses tenfold. {@code controlPk} (practice and group
 * control number) lets a 999's AK1 find the batch; the practice's control-number counter lives in the same table
 * under its own key, without {@code controlPk}. {@code outboxPk}/{@code outboxSk} (the sparse outbox index) are set
 * when the batch is stored and removed once it is uploaded to the practice's clearinghouse, in the same write that
 * records where it went ({@code upload}).
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
    private String outboxPk;
    private String outboxSk;
    private String upload;

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

    @DynamoDbSecondaryPartitionKey(indexNames = "outbox")
    public String getOutboxPk() {
        return outboxPk;
    }

    public void setOutboxPk(String outboxPk) {
        this.outboxPk = outboxPk;
    }

    @DynamoDbSecondarySortKey(indexNames = "outbox")
    public String getOutboxSk() {
        return outboxSk;
    }

    public void setOutboxSk(String outboxSk) {
        this.outboxSk = outboxSk;
    }

    public String getUpload() {
        return upload;
    }

    public void setUpload(String upload) {
        this.upload = upload;
    }
}

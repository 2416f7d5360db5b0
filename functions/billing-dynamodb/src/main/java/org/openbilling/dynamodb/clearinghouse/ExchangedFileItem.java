package org.openbilling.dynamodb.clearinghouse;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/** The stored form of an exchanged file, or (with {@code fileId} only) of a remote file already taken in. */
@DynamoDbBean
public class ExchangedFileItem {
    private String pk;
    private String filesPk;
    private String fileSk;
    private Long version;
    private String status;
    private String body;
    private String fileId;
    private String leaseUntil;

    @DynamoDbPartitionKey
    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "files-by-practice")
    public String getFilesPk() {
        return filesPk;
    }

    public void setFilesPk(String filesPk) {
        this.filesPk = filesPk;
    }

    @DynamoDbSecondarySortKey(indexNames = "files-by-practice")
    public String getFileSk() {
        return fileSk;
    }

    public void setFileSk(String fileSk) {
        this.fileSk = fileSk;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getFileId() {
        return fileId;
    }

    public void setFileId(String fileId) {
        this.fileId = fileId;
    }

    public String getLeaseUntil() {
        return leaseUntil;
    }

    public void setLeaseUntil(String leaseUntil) {
        this.leaseUntil = leaseUntil;
    }
}

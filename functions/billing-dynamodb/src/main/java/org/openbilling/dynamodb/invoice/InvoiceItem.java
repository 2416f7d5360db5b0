package org.openbilling.dynamodb.invoice;

import java.math.BigDecimal;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/**
 * The stored form of an invoice. {@code outstandingPk} is set only while the invoice is OPEN or PARTIALLY_PAID,
 * which keeps paid and void invoices out of the outstanding index entirely.
 */
@DynamoDbBean
public class InvoiceItem {
    private String pk;
    private String practicePk;
    private String outstandingPk;
    private String claimPk;
    private String encounterPk;
    private String issuedSk;
    private String id;
    private String practiceId;
    private String status;
    private String invoiceNumber;
    private String claimId;
    private BigDecimal amountDue;
    private BigDecimal balance;
    private String issuedOn;
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

    @DynamoDbSecondaryPartitionKey(indexNames = "outstanding-by-age")
    public String getOutstandingPk() {
        return outstandingPk;
    }

    public void setOutstandingPk(String outstandingPk) {
        this.outstandingPk = outstandingPk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "by-claim")
    public String getClaimPk() {
        return claimPk;
    }

    public void setClaimPk(String claimPk) {
        this.claimPk = claimPk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "by-encounter")
    public String getEncounterPk() {
        return encounterPk;
    }

    public void setEncounterPk(String encounterPk) {
        this.encounterPk = encounterPk;
    }

    @DynamoDbSecondarySortKey(indexNames = {"by-practice", "outstanding-by-age", "by-claim", "by-encounter"})
    public String getIssuedSk() {
        return issuedSk;
    }

    public void setIssuedSk(String issuedSk) {
        this.issuedSk = issuedSk;
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

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public String getClaimId() {
        return claimId;
    }

    public void setClaimId(String claimId) {
        this.claimId = claimId;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public void setAmountDue(BigDecimal amountDue) {
        this.amountDue = amountDue;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    public String getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(String issuedOn) {
        this.issuedOn = issuedOn;
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

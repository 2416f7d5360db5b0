package org.openbilling.dynamodb.claim;

import java.math.BigDecimal;
import org.openbilling.dynamodb.tables.TableDefinitions.Indexes;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/**
 * The stored form of a claim. {@code openPk}/{@code openPayerPk} are set only while the claim is open, which
 * keeps closed claims out of the open-claims indexes entirely; those indexes sort by the first submission
 * ({@code ageSk}) or by the date of service ({@code serviceSk}), the two ages A/R is read by.
 */
@DynamoDbBean
public class ClaimItem {
    private String pk;
    private String practicePk;
    private String statusPk;
    private String createdSk;
    private String openPk;
    private String openPayerPk;
    private String ageSk;
    private String serviceSk;
    private String encounterPk;
    private String numberPk;
    private String voidPendingPk;
    private String id;
    private String practiceId;
    private String status;
    private String claimNumber;
    private String payerId;
    private String payerName;
    private String payerSequence;
    private BigDecimal totalCharge;
    private BigDecimal insuranceBalance;
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

    @DynamoDbSecondarySortKey(indexNames = {"by-practice", "by-status", "by-encounter", "void-pending"})
    public String getCreatedSk() {
        return createdSk;
    }

    public void setCreatedSk(String createdSk) {
        this.createdSk = createdSk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = {Indexes.OPEN_BY_AGE, Indexes.OPEN_BY_SERVICE_DATE})
    public String getOpenPk() {
        return openPk;
    }

    public void setOpenPk(String openPk) {
        this.openPk = openPk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = {Indexes.OPEN_BY_PAYER_AGE, Indexes.OPEN_BY_PAYER_SERVICE_DATE})
    public String getOpenPayerPk() {
        return openPayerPk;
    }

    public void setOpenPayerPk(String openPayerPk) {
        this.openPayerPk = openPayerPk;
    }

    @DynamoDbSecondarySortKey(indexNames = {Indexes.OPEN_BY_AGE, Indexes.OPEN_BY_PAYER_AGE})
    public String getAgeSk() {
        return ageSk;
    }

    public void setAgeSk(String ageSk) {
        this.ageSk = ageSk;
    }

    @DynamoDbSecondarySortKey(indexNames = {Indexes.OPEN_BY_SERVICE_DATE, Indexes.OPEN_BY_PAYER_SERVICE_DATE})
    public String getServiceSk() {
        return serviceSk;
    }

    public void setServiceSk(String serviceSk) {
        this.serviceSk = serviceSk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "by-encounter")
    public String getEncounterPk() {
        return encounterPk;
    }

    public void setEncounterPk(String encounterPk) {
        this.encounterPk = encounterPk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "by-claim-number")
    public String getNumberPk() {
        return numberPk;
    }

    public void setNumberPk(String numberPk) {
        this.numberPk = numberPk;
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

    public String getClaimNumber() {
        return claimNumber;
    }

    public void setClaimNumber(String claimNumber) {
        this.claimNumber = claimNumber;
    }

    public String getPayerId() {
        return payerId;
    }

    public void setPayerId(String payerId) {
        this.payerId = payerId;
    }

    /** The place of the claim's payer in the chain (SECONDARY, TERTIARY); absent for a primary claim. */
    public String getPayerSequence() {
        return payerSequence;
    }

    public void setPayerSequence(String payerSequence) {
        this.payerSequence = payerSequence;
    }

    public String getPayerName() {
        return payerName;
    }

    public void setPayerName(String payerName) {
        this.payerName = payerName;
    }

    public BigDecimal getTotalCharge() {
        return totalCharge;
    }

    public void setTotalCharge(BigDecimal totalCharge) {
        this.totalCharge = totalCharge;
    }

    public BigDecimal getInsuranceBalance() {
        return insuranceBalance;
    }

    public void setInsuranceBalance(BigDecimal insuranceBalance) {
        this.insuranceBalance = insuranceBalance;
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

    @DynamoDbSecondaryPartitionKey(indexNames = "void-pending")
    public String getVoidPendingPk() {
        return voidPendingPk;
    }

    public void setVoidPendingPk(String voidPendingPk) {
        this.voidPendingPk = voidPendingPk;
    }
}

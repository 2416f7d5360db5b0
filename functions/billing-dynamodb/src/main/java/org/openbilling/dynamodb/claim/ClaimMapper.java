package org.openbilling.dynamodb.claim;

import org.openbilling.domain.claim.Claim;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.support.Keys;

/** The one place where claim items and claims meet. */
final class ClaimMapper {
    private ClaimMapper() {
    }

    static ClaimItem toItem(Claim c) {
        ClaimItem i = new ClaimItem();
        String id = c.id().value();
        i.setPk(Keys.of(c.practiceId(), id));
        i.setPracticePk(c.practiceId().value());
        i.setStatusPk(Keys.of(c.practiceId(), c.status().name()));
        i.setCreatedSk(Keys.instant(c.createdAt()) + "#" + id);
        if (c.isOpen()) {
            i.setOpenPk(c.practiceId().value());
            i.setOpenPayerPk(Keys.of(c.practiceId(), c.payer().payerId()));
            i.setAgeSk(Keys.instant(c.ageFrom()) + "#" + id);
            // ISO dates sort as they read
            i.setServiceSk(c.serviceDate() + "#" + id);
        }
        if (c.voidPending()) {
            i.setVoidPendingPk(c.practiceId().value());
        }
        i.setEncounterPk(Keys.of(c.practiceId(), c.encounterId().value()));
        i.setNumberPk(Keys.of(c.practiceId(), c.claimNumber().value()));
        i.setId(id);
        i.setPracticeId(c.practiceId().value());
        i.setStatus(c.status().name());
        i.setClaimNumber(c.claimNumber().value());
        i.setPayerId(c.payer().payerId());
        // a top-level attribute so that the aging report can read it with a projection, without the body
        i.setPayerName(c.payer().payerName());
        // beside the payer for the same projection; a primary claim's item stays as it was before chains
        if (c.payerSequence() != org.openbilling.domain.encounter.CoveragePosition.PRIMARY) {
            i.setPayerSequence(c.payerSequence().name());
        }
        i.setTotalCharge(c.totalCharge().amount());
        i.setInsuranceBalance(c.insuranceBalance().amount());
        i.setVersion(c.version());
        i.setCreatedAt(c.createdAt().toString());
        i.setUpdatedAt(c.updatedAt().toString());
        i.setBody(StorageJson.write(ClaimDocument.of(c)));
        return i;
    }

    static Claim toDomain(ClaimItem i) {
        return ClaimDocument.read(i.getBody(), i.getVersion());
    }
}

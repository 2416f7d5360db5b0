package org.openbilling.domain.workqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbilling.domain.claim.Adjudication;
import org.openbilling.domain.claim.BilledClaim;
import org.openbilling.domain.claim.Adjustment;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimLine;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.claim.Payer;
import org.openbilling.domain.claim.Remark;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.ClaimNumber;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.encounter.EncounterDetails;

class ClaimWorkTest {
    static final Instant T0 = Instant.parse("2026-11-12T10:00:00Z");
    static final LocalDate DOS = LocalDate.of(2026, 11, 10);
    private final ClaimWork work = ClaimWork.standard();

    static Claim accepted() {
        EncounterDetails details = new EncounterDetails(null, List.of(), null, null, null, null, null, null, null,
                null, null, DOS, null, "11");
        Claim c = Claim.ready(ClaimId.newId(), new PracticeId("p1"), new ClaimNumber("C1"), EncounterId.newId(),
                BilledClaim.of(new Payer("60054", "Aetna"), details, List.of("E11.9"),
                        List.of(new ClaimLine(1, "99213", "CPT", List.of(), 1, Money.of("125.00"), List.of(1), DOS, null, null, null),
                                new ClaimLine(2, "83036", "CPT", List.of(), 1, Money.of("45.50"), List.of(1), DOS, null, null, null)),
                        List.of()), "t", T0);
        return c.moveTo(ClaimStatus.SUBMITTED, "t", "sent", T0).moveTo(ClaimStatus.ACCEPTED, "t", "ok", T0);
    }

    /** The claim with only its status set (as stored), without a move in its history. */
    static Claim withStatus(Claim c, ClaimStatus status) {
        return c.withLifecycle(c.lifecycle().withStatus(status));
    }

    static Adjudication denied(String key) {
        return new Adjudication(key, false, ClaimStatus.DENIED, Money.ZERO, List.of(
                new Adjustment("CO", "50", "not necessary", Money.of("170.50"), null, null, "CO")),
                Map.of(), List.of(new Remark("N130", "x")), "PCN1", null, "835 t1: DENIED");
    }

    static Adjudication lineBundled(String key) {
        return new Adjudication(key, false, ClaimStatus.PARTIALLY_PAID, Money.of("90.00"), List.of(
                new Adjustment("CO", "45", "fee", Money.of("35.00"), 1, null, "CO"),
                new Adjustment("CO", "97", "bundled", Money.of("45.50"), 2, null, "CO")),
                Map.of(1, Money.of("90.00"), 2, Money.ZERO), List.of(new Remark("M15", "x", 2)), "PCN1", null,
                "835 t1: PARTIALLY_PAID");
    }

    static Adjudication paid(String key) {
        return new Adjudication(key, false, ClaimStatus.PAID, Money.of("170.50"), List.of(), Map.of(1, Money.of("125.00"),
                2, Money.of("45.50")), List.of(), "PCN1", null, "835 t2: PAID");
    }

    @Test
    void denials_deniedClaim_oneClaimItemWithTheTableAction() {
        Claim c = accepted().post(denied("k1"), "t", T0);
        var items = work.denials(c, c.posting("k1").orElseThrow(), DOS.plusDays(20));
        assertEquals(1, items.size());
        assertEquals("APPEAL_WITH_RECORDS", items.get(0).action());
        assertEquals("MEDICAL_NECESSITY", items.get(0).denialCategory());
        assertEquals(List.of("CO-50", "N130"), items.get(0).codes());
    }

    @Test
    void denials_lineDeniedButClaimPaid_oneItemForTheLineOnly() {
        Claim c = accepted().post(lineBundled("k1"), "t", T0);
        var items = work.denials(c, c.posting("k1").orElseThrow(), DOS.plusDays(20));
        assertEquals(1, items.size());
        assertEquals("REVIEW_MODIFIERS_NCCI", items.get(0).action());
        assertTrue(items.get(0).sourceKey().endsWith("|line2"), items.get(0).sourceKey());
        assertTrue(items.get(0).codingRelated());
    }

    @Test
    void resolution_denialPaidOnAppeal_resolves_butNotWhileDenied() {
        Claim c = accepted().post(denied("k1"), "t", T0);
        WorkItem item = WorkItem.open(c.practiceId(), work.denials(c, c.posting("k1").orElseThrow(), DOS).get(0), "p", T0);
        assertTrue(work.resolution(item, c).isEmpty());
        Claim appealed = c.moveTo(ClaimStatus.APPEALED, "t", "appeal", T0);
        assertTrue(work.resolution(item, appealed).isEmpty(), "an appeal alone is not the end");
        Claim paid = appealed.post(paid("k2"), "t", T0);
        assertEquals(ClaimStatus.PAID, paid.status());
        assertTrue(work.resolution(item, paid).isPresent());
    }

    @Test
    void resolution_rejectionCorrectedAndAccepted_resolves() {
        Claim sent = withStatus(accepted(), ClaimStatus.SUBMITTED);
        Claim rejected = sent.moveTo(ClaimStatus.REJECTED, "t", "277CA rejected", T0);
        WorkItem item = WorkItem.open(rejected.practiceId(),
                work.rejection(rejected, "277CA", "277CA rejected", List.of("A7:562:85"), DOS), "p", T0);
        Claim again = rejected.moveTo(ClaimStatus.READY, "t", "corrected", T0).moveTo(ClaimStatus.SUBMITTED, "t", "s", T0);
        assertTrue(work.resolution(item, again).isEmpty());
        assertTrue(work.resolution(item, again.moveTo(ClaimStatus.ACCEPTED, "t", "ok", T0)).isPresent());
        assertTrue(work.resolution(item, rejected.moveTo(ClaimStatus.VOIDED, "t", "v", T0)).isPresent());
    }

    @Test
    void filingAtRisk_medicareTwelveMonths_commercialNinetyDays() {
        Claim c = withStatus(accepted(), ClaimStatus.SUBMITTED);
        assertEquals(DOS.plusDays(90), work.deadlines().filingDeadline(c).orElseThrow());
        assertTrue(work.filingAtRisk(c, DOS.plusDays(50), 30).isEmpty());
        assertEquals(DOS.plusDays(90), work.filingAtRisk(c, DOS.plusDays(61), 30).orElseThrow().dueOn());
        Claim medicare = c.withBilled(c.billed().withPayer(new Payer("payer:none", "CMS")));
        assertEquals(DOS.plusDays(90), work.deadlines().filingDeadline(medicare).orElseThrow(), "no indicator: default");
    }

    @Test
    void noAcknowledgement_afterThePayersDays_only() {
        Claim c = withStatus(accepted(), ClaimStatus.SUBMITTED);
        LocalDate sent = T0.atZone(ZoneOffset.UTC).toLocalDate();
        assertTrue(work.noAcknowledgement(c, sent.plusDays(2), ZoneOffset.UTC).isEmpty());
        assertTrue(work.noAcknowledgement(c, sent.plusDays(3), ZoneOffset.UTC).isPresent());
    }

    @Test
    void appealDeadline_deniedClaim_countsFromTheDenial() {
        Claim c = accepted().post(denied("k1"), "t", T0);
        assertEquals(LocalDate.of(2026, 11, 12).plusDays(180),
                work.deadlines().appealDeadline(c, ZoneOffset.UTC).orElseThrow());
    }

    @Test
    void statusAnswer_eachKindOfAnswer_opensItsActionOrNothing() {
        ClaimWork work = ClaimWork.standard();
        Claim c = accepted();
        LocalDate today = LocalDate.of(2026, 12, 1);
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("R4", "SEND_REQUESTED_INFORMATION");
        expected.put("P3", "SEND_REQUESTED_INFORMATION");
        expected.put("P4", "SEND_REQUESTED_INFORMATION");
        expected.put("F2", "REVIEW_DENIAL");
        expected.put("F4", "REVIEW_DENIAL");
        expected.put("E0", "CHECK_CLAIM_WITH_PAYER");
        expected.put("D0", "CHECK_CLAIM_WITH_PAYER");
        expected.put("A1", null);
        expected.put("P1", null);
        expected.put("F1", null);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            var item = work.statusAnswer(c, e.getKey(), List.of(e.getKey() + ":21"), "T-1", today);
            assertEquals(e.getValue(), item.map(WorkItem.Opening::action).orElse(null), e.getKey());
            item.ifPresent(o -> {
                assertEquals(WorkItemCategory.CLAIM_STATUS, o.category());
                assertEquals(today.plusDays(ClaimWork.CLAIM_STATUS_DAYS), o.dueOn());
            });
        }
        // the same answer makes the same item; another answer (another trace or other codes) another one
        var once = work.statusAnswer(c, "F2", List.of("F2:88"), "T-1", today).orElseThrow().sourceKey();
        assertEquals(once, work.statusAnswer(c, "F2", List.of("F2:88"), "T-1", today.plusDays(3)).orElseThrow().sourceKey());
        assertTrue(!once.equals(work.statusAnswer(c, "F2", List.of("F2:88"), "T-2", today).orElseThrow().sourceKey()));
    }
}

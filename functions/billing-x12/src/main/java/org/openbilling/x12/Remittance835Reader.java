package org.openbilling.x12;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openbilling.domain.common.Money;
import org.openbilling.x12.Remittance.CasAdjustment;
import org.openbilling.x12.Remittance.ClaimPayment;
import org.openbilling.x12.Remittance.ProviderAdjustment;
import org.openbilling.x12.Remittance.ServicePayment;

/** Reads X12 835 remittance advice (005010X221A1): one {@link Remittance} per transaction set (ST/SE). */
public final class Remittance835Reader {

    /** Every remittance in the file, in order. */
    public List<Remittance> read(String x12) {
        return read(Segments.read(x12));
    }

    /** Every remittance in the stream, in order. */
    public List<Remittance> read(InputStream x12) {
        return read(Segments.read(x12));
    }

    private List<Remittance> read(List<Segment> segments) {
        List<Remittance> remittances = new ArrayList<>();
        Tx tx = null;
        for (Segment s : segments) {
            String tag = s.tag();
            if (tag.equals("ST")) {
                tx = s.el(1).equals("835") ? new Tx() : null;
                continue;
            }
            if (tx == null) {
                continue; // envelopes and transaction sets other than 835
            }
            switch (tag) {
                case "BPR" -> {
                    Money amount = s.money(2, "total actual provider payment amount");
                    // BPR03 D: the payer debits the provider (its recoupments exceed its payments)
                    tx.paymentAmount = s.code(3).equals("D") ? amount.negate() : amount;
                    tx.paymentMethod = s.code(4);
                    tx.paymentDate = s.dateOrNull(16, "check issue or EFT effective date");
                }
                case "TRN" -> {
                    tx.trace = s.require(2, "check or EFT trace number");
                    tx.trn03 = s.el(3);
                }
                case "DTM" -> tx.dtm(s);
                case "N1" -> tx.n1(s);
                case "REF" -> tx.ref(s);
                case "CLP" -> tx.clp(s);
                case "NM1" -> tx.nm1(s);
                case "CAS" -> tx.cas(s);
                case "MOA" -> tx.remarks(s, 3, 7);
                case "MIA" -> {
                    tx.remarks(s, 5, 5);
                    tx.remarks(s, 20, 24);
                }
                case "SVC" -> tx.svc(s);
                case "AMT" -> tx.amt(s);
                case "LQ" -> tx.lq(s);
                case "PLB" -> tx.plb(s);
                case "SE" -> {
                    remittances.add(tx.build(s));
                    tx = null;
                }
                default -> {
                }
            }
        }
        if (tx != null) {
            Segment lastSegment = segments.get(segments.size() - 1);
            throw lastSegment.error("the 835 transaction set has no SE trailer");
        }
        // after the content, so that a segment the reader cannot place is named as such, not as a miscount
        EnvelopeCheck.check(segments);
        return remittances;
    }

    /** The 835 being read, with the loop we are in: header, payer/payee (1000A/B), claim (2100) or line (2110). */
    private static final class Tx {
        String trace;
        String trn03 = "";
        Money paymentAmount;
        String paymentMethod = "";
        LocalDate paymentDate;
        LocalDate productionDate;
        String n1 = "";
        String payerName = "";
        String payerReference = "";
        String payeeName = "";
        String payeeNpi = "";
        final List<ClaimPayment> claims = new ArrayList<>();
        final List<ProviderAdjustment> plb = new ArrayList<>();
        ClaimBuilder claim;
        LineBuilder line;

        void dtm(Segment s) {
            String qualifier = s.code(1);
            if (line != null && (qualifier.equals("472") || qualifier.equals("150"))) {
                line.serviceDate = s.dateOrNull(2, "service date");
            } else if (claim == null && qualifier.equals("405")) {
                productionDate = s.dateOrNull(2, "production date");
            } else if (claim != null && line == null && qualifier.equals("050")) {
                claim.received = s.dateOrNull(2, "claim received date");
            }
        }

        void n1(Segment s) {
            n1 = s.code(1);
            if (n1.equals("PR")) {
                payerName = s.el(2);
                payerReference = s.el(4);
            } else if (n1.equals("PE")) {
                payeeName = s.el(2);
                if (s.code(3).equals("XX")) {
                    payeeNpi = s.el(4);
                }
            }
        }

        void ref(Segment s) {
            String qualifier = s.code(1);
            if (line != null) {
                if (qualifier.equals("6R")) {
                    line.control = s.el(2);
                }
            } else if (claim == null && n1.equals("PR") && qualifier.equals("2U")) {
                payerReference = s.el(2);
            }
        }

        void clp(Segment s) {
            closeClaim();
            claim = new ClaimBuilder(s);
        }

        void nm1(Segment s) {
            if (claim != null && line == null) {
                switch (s.code(1)) {
                    case "QC" -> {
                        claim.last = s.el(3);
                        claim.first = s.el(4);
                    }
                    // the crossover carrier: the payer sent the claim on to it (Medicare to a supplement)
                    case "TT" -> claim.forwardedTo = new Remittance.OtherPayer(s.el(3), s.code(8), s.el(9));
                    default -> {
                    }
                }
            }
        }

        void cas(Segment s) {
            if (claim == null) {
                throw s.error("CAS outside a claim (no CLP before it)");
            }
            List<CasAdjustment> target = line != null ? line.adjustments : claim.adjustments;
            String group = s.code(1);
            if (group.isEmpty()) {
                throw s.error("CAS01 (claim adjustment group code) is required");
            }
            // up to six reason/amount/quantity triples in CAS02..CAS19
            for (int i = 2; i <= 17; i += 3) {
                if (s.el(i).isEmpty()) {
                    continue;
                }
                target.add(new CasAdjustment(group, s.code(i), s.money(i + 1, "adjustment amount"),
                        s.decimalOrNull(i + 2, "adjustment quantity")));
            }
        }

        void remarks(Segment s, int from, int to) {
            if (claim == null) {
                return;
            }
            for (int i = from; i <= to; i++) {
                String code = s.code(i);
                if (!code.isEmpty()) {
                    claim.remarks.add(code);
                }
            }
        }

        void svc(Segment s) {
            if (claim == null) {
                throw s.error("SVC outside a claim (no CLP before it)");
            }
            closeLine();
            line = new LineBuilder(s);
        }

        void amt(Segment s) {
            if (line != null && s.code(1).equals("B6")) {
                line.allowed = s.moneyOrNull(2, "allowed amount");
            }
        }

        void lq(Segment s) {
            if (line != null && s.code(1).equals("HE") && !s.el(2).isEmpty()) {
                line.remarks.add(s.code(2));
            }
        }

        void plb(Segment s) {
            closeClaim();
            String provider = s.require(1, "provider identifier");
            LocalDate fiscal = s.dateOrNull(2, "fiscal period date");
            // up to six adjustment identifier/amount pairs in PLB03..PLB14
            for (int i = 3; i <= 13; i += 2) {
                if (s.el(i).isEmpty()) {
                    continue;
                }
                plb.add(new ProviderAdjustment(provider, fiscal, Segment.upper(s.comp(i, 1)),
                        s.comp(i, 2), s.money(i + 1, "provider adjustment amount")));
            }
        }

        void closeLine() {
            if (line != null) {
                claim.lines.add(line.build());
                line = null;
            }
        }

        void closeClaim() {
            if (claim != null) {
                closeLine();
                claims.add(claim.build());
                claim = null;
            }
        }

        Remittance build(Segment se) {
            closeClaim();
            if (trace == null) {
                throw se.error("the 835 has no TRN trace number");
            }
            if (paymentAmount == null) {
                throw se.error("the 835 has no BPR payment");
            }
            // TRN03 is the payer's own identifier (1 + EIN); N1*PR N104 / REF*2U is the fallback
            String payerId = trn03.isEmpty() ? payerReference : trn03;
            return new Remittance(trace, payerId, payerReference, payerName, payeeName, payeeNpi, paymentAmount,
                    paymentMethod, paymentDate, productionDate, claims, plb);
        }
    }

    private static final class ClaimBuilder {
        final String number;
        final String status;
        final Money charge;
        final Money paid;
        final Money patient;
        final String filing;
        final String payerControl;
        String last = "";
        String first = "";
        Remittance.OtherPayer forwardedTo;
        LocalDate received;
        final List<CasAdjustment> adjustments = new ArrayList<>();
        final List<String> remarks = new ArrayList<>();
        final List<ServicePayment> lines = new ArrayList<>();

        ClaimBuilder(Segment s) {
            number = s.require(1, "patient control number");
            status = s.require(2, "claim status code");
            charge = s.money(3, "total claim charge amount");
            paid = s.money(4, "claim payment amount");
            patient = s.moneyOrZero(5, "patient responsibility amount");
            filing = s.code(6);
            payerControl = s.el(7);
        }

        ClaimPayment build() {
            return new ClaimPayment(number, status, charge, paid, patient, filing, payerControl, last, first,
                    adjustments, remarks, lines, forwardedTo, received);
        }
    }

    private static final class LineBuilder {
        final String qualifier;
        final String code;
        final List<String> modifiers;
        final Money charge;
        final Money paid;
        final BigDecimal units;
        Money allowed;
        LocalDate serviceDate;
        String control = "";
        final List<CasAdjustment> adjustments = new ArrayList<>();
        final List<String> remarks = new ArrayList<>();

        LineBuilder(Segment s) {
            String[] procedure = s.components(1);
            if (procedure.length < 2 || procedure[1].isEmpty()) {
                throw s.error("SVC01 (composite medical procedure identifier) needs a qualifier and a code");
            }
            qualifier = Segment.upper(procedure[0]);
            code = Segment.upper(procedure[1]);
            List<String> mods = new ArrayList<>(4);
            for (String m : Arrays.copyOfRange(procedure, 2, Math.min(procedure.length, 6))) {
                if (!m.isEmpty()) {
                    mods.add(Segment.upper(m));
                }
            }
            modifiers = mods;
            charge = s.money(2, "line item charge amount");
            paid = s.money(3, "line item provider payment amount");
            BigDecimal u = s.decimalOrNull(5, "units of service paid");
            units = u == null ? BigDecimal.ONE : u;
        }

        ServicePayment build() {
            return new ServicePayment(qualifier, code, modifiers, charge, paid, units, allowed, serviceDate, control,
                    adjustments, remarks);
        }
    }
}

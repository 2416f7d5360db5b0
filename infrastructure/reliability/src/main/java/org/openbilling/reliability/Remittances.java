package org.openbilling.reliability;

import java.util.List;

/**
 * Synthetic 835s (005010X221A1) for claims made by {@link Practice#encounter}: one 99213 line at 125.00, paid
 * 90.00, 25.00 contractual (CO 45), 10.00 coinsurance for the patient (PR 2).
 */
final class Remittances {
    private Remittances() {
    }

    static String paying(String trace, List<String> claimNumbers) {
        StringBuilder s = new StringBuilder();
        String control = String.format("%09d", Math.abs(trace.hashCode()) % 1_000_000_000);
        seg(s, "ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*SUBMIT01       *261120*0900*^*00501*" + control + "*0*P*:");
        seg(s, "GS*HP*ACMEPAYER*SUBMIT01*20261120*0900*1*X*005010X221A1");
        int start = s.length();
        seg(s, "ST*835*0001*005010X221A1");
        int segments = 1;
        String total = String.format("%d.00", 90 * claimNumbers.size());
        String[] header = {
            "BPR*I*" + total + "*C*ACH*CCP*01*011000015*DA*123456*1123456789**01*021000021*DA*987654*20261120",
            "TRN*1*" + trace + "*1123456789",
            "DTM*405*20261120",
            "N1*PR*ACME HEALTH",
            "N3*1 PAYER WAY",
            "N4*HARTFORD*CT*06101",
            "REF*2U*60054",
            "N1*PE*RELIABILITY CLINIC*XX*1234567893",
            "LX*1"};
        for (String h : header) {
            seg(s, h);
            segments++;
        }
        int n = 0;
        for (String number : claimNumbers) {
            n++;
            String[] claim = {
                "CLP*" + number + "*1*125*90*10*12*PCN" + trace + "X" + n + "*11*1",
                "NM1*QC*1*PATIENT*SYNTHETIC****MI*SYN" + n,
                "SVC*HC:99213*125*90**1",
                "DTM*472*20261102",
                "CAS*CO*45*25",
                "CAS*PR*2*10",
                "REF*6R*1"};
            for (String c : claim) {
                seg(s, c);
                segments++;
            }
        }
        segments++;
        seg(s, "SE*" + segments + "*0001");
        seg(s, "GE*1*1");
        seg(s, "IEA*1*" + control);
        return s.toString();
    }

    private static void seg(StringBuilder s, String segment) {
        s.append(segment).append("~\n");
    }
}

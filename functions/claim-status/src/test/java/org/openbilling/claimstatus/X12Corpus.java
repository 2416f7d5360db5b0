package org.openbilling.claimstatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The X12 corpus of src/test/resources/x12: real-world shapes (CR/LF or no line breaks, other delimiters, several
 * interchanges, PLB) with placeholders such as {@code @PAID@} for the claim numbers and trace of each test.
 */
final class X12Corpus {
    private X12Corpus() {
    }

    static String load(String name, Map<String, String> values) {
        try (InputStream in = X12Corpus.class.getResourceAsStream("/x12/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            for (Map.Entry<String, String> v : values.entrySet()) {
                text = text.replace("@" + v.getKey() + "@", v.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An 835 for the fixture claims (99213 125.00 and 83036 45.50), one CLP per number, cycling through: paid with a
     * 20.00 copay; partially paid (line 2 bundled, CO-97) with a 10.00 copay; all to the deductible; denied (CO-29).
     * Every pattern but the denial leaves the patient a share.
     */
    static String generated835(String trace, String payerId, List<String> numbers, boolean withPlb) {
        List<String> s = new ArrayList<>();
        s.add("ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*SUBMIT01       *261201*0900*^*00501*000000401*0*P*:");
        s.add("GS*HP*ACMEPAYER*SUBMIT01*20261201*0900*1401*X*005010X221A1");
        s.add("ST*835*0001*005010X221A1");
        s.add("BPR*I*1000*C*ACH*CCP*01*011000015*DA*123456*" + payerId + "**01*021000021*DA*987654*20261201");
        s.add("TRN*1*" + trace + "*" + payerId);
        s.add("N1*PR*ACME HEALTH");
        s.add("N1*PE*LAKESIDE FAMILY PRACTICE*XX*1234567893");
        s.add("LX*1");
        for (int i = 0; i < numbers.size(); i++) {
            String n = numbers.get(i);
            switch (i % 4) {
                case 0 -> {
                    s.add("CLP*" + n + "*1*170.5*120*20*12*PCN" + i + "*11*1");
                    s.add("SVC*HC:99213*125*85**1");
                    s.add("CAS*PR*3*20");
                    s.add("CAS*CO*45*20");
                    s.add("SVC*HC:83036*45.5*35**1");
                    s.add("CAS*CO*45*10.5");
                }
                case 1 -> {
                    s.add("CLP*" + n + "*1*170.5*90*10*12*PCN" + i + "*11*1");
                    s.add("MOA***N130");
                    s.add("SVC*HC:99213*125*90**1");
                    s.add("CAS*PR*3*10");
                    s.add("CAS*CO*45*25");
                    s.add("SVC*HC:83036*45.5*0**1");
                    s.add("CAS*CO*97*45.5");
                    s.add("LQ*HE*M15");
                }
                case 2 -> {
                    s.add("CLP*" + n + "*1*170.5*0*150*12*PCN" + i + "*11*1");
                    s.add("SVC*HC:99213*125*0**1");
                    s.add("CAS*PR*1*110");
                    s.add("CAS*CO*45*15");
                    s.add("SVC*HC:83036*45.5*0**1");
                    s.add("CAS*PR*1*40*1");
                    s.add("CAS*CO*45*5.5");
                }
                default -> {
                    s.add("CLP*" + n + "*4*170.5*0*0*12*PCN" + i);
                    s.add("CAS*CO*29*170.5");
                    s.add("MOA***N211");
                }
            }
        }
        if (withPlb) {
            s.add("PLB*1234567893*20261231*WO:PCN0099*25.5*L6:INTEREST*-1.25");
        }
        s.add("SE*" + (s.size() - 1) + "*0001");
        s.add("GE*1*1401");
        s.add("IEA*1*000000401");
        return String.join("~\n", s) + "~\n";
    }

    /**
     * An 835 of the given claim segments (CLP and what follows it, without terminators), paying {@code bpr} in BPR02,
     * from ACME HEALTH with TRN03 {@code payerId}.
     */
    static String an835(String trace, String payerId, String bpr, List<String> claimSegments) {
        List<String> s = new ArrayList<>();
        s.add("ISA*00*          *00*          *ZZ*ACMEPAYER      *ZZ*SUBMIT01       *261201*0900*^*00501*000000501*0*P*:");
        s.add("GS*HP*ACMEPAYER*SUBMIT01*20261201*0900*1501*X*005010X221A1");
        s.add("ST*835*0001*005010X221A1");
        s.add("BPR*I*" + bpr + "*C*ACH*CCP*01*011000015*DA*123456*" + payerId + "**01*021000021*DA*987654*20261201");
        s.add("TRN*1*" + trace + "*" + payerId);
        s.add("N1*PR*ACME HEALTH");
        s.add("N1*PE*LAKESIDE FAMILY PRACTICE*XX*1234567893");
        s.add("LX*1");
        s.addAll(claimSegments);
        s.add("SE*" + (s.size() - 1) + "*0001");
        s.add("GE*1*1501");
        s.add("IEA*1*000000501");
        return String.join("~\n", s) + "~\n";
    }

    /** The fixture claim (99213 125.00, 83036 45.50) paid 120.00 with a 20.00 copay on line 1, as CLP segments. */
    static List<String> paidWithCopay(String number, String pcn) {
        return List.of("CLP*" + number + "*1*170.5*120*20*12*" + pcn + "*11*1", "SVC*HC:99213*125*85**1", "CAS*PR*3*20",
                "CAS*CO*45*20", "SVC*HC:83036*45.5*35**1", "CAS*CO*45*10.5");
    }

    /** The payer's reversal of {@link #paidWithCopay}. */
    static List<String> reversalOfPaidWithCopay(String number, String pcn) {
        return List.of("CLP*" + number + "*22*-170.5*-120*-20*12*" + pcn + "*11*1", "SVC*HC:99213*-125*-85**-1",
                "CAS*PR*3*-20", "CAS*CO*45*-20", "SVC*HC:83036*-45.5*-35**-1", "CAS*CO*45*-10.5");
    }
}

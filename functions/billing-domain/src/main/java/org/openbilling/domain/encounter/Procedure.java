package org.openbilling.domain.encounter;

import java.time.LocalDate;
import java.util.List;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.common.Money;

/** One billed service: a CPT or HCPCS code with its modifiers, units, charge and diagnosis pointers (1-based). */
public record Procedure(String code, CodeSystem system, List<String> modifiers, int units, Money charge,
                        List<Integer> diagnosisPointers, LocalDate serviceDate, LocalDate serviceDateTo, String ndc) {
    public Procedure {
        modifiers = List.copyOf(modifiers);
        diagnosisPointers = List.copyOf(diagnosisPointers);
    }
}

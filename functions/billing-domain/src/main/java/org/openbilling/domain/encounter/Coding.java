package org.openbilling.domain.encounter;

import java.util.List;

/** What a coder assigned to a visit: its diagnoses (in pointer order) and its procedures. Changes when it is recoded. */
public record Coding(List<String> diagnoses, List<Procedure> procedures) {
    public static final Coding NONE = new Coding(List.of(), List.of());

    public Coding {
        diagnoses = List.copyOf(diagnoses);
        procedures = List.copyOf(procedures);
    }

    /** Coded enough to bill: at least one diagnosis and one procedure. */
    public boolean isComplete() {
        return !diagnoses.isEmpty() && !procedures.isEmpty();
    }
}

package org.openbilling.domain.codes;

import java.util.List;

/**
 * One instruction of the ICD-10-CM Tabular List as it applies to a code: its text, the level it is written at
 * ({@code from}: the code itself, an ancestor such as {@code E11}, a block such as {@code E08-E13}, or a chapter such
 * as {@code chapter 4}), and the codes it cites as written ({@code E10.-}, {@code N18.1-N18.6}).
 */
public record TabularNote(String text, String from, List<String> codes) {
    public TabularNote {
        codes = List.copyOf(codes);
    }
}

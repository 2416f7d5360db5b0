package org.openbilling.codesets;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.openbilling.codesets.table.BinaryReader;

/** The ICD-10-CM editions held, oldest first, and which one is in force on a day (as epoch days). */
final class Icd10Editions {
    private final List<Edition> editions;
    private final int[] days;
    private final int staleAfterDay;

    private Icd10Editions(Edition[] editions) {
        this.editions = List.of(editions);
        this.days = new int[editions.length];
        for (int i = 0; i < editions.length; i++) {
            days[i] = (int) editions[i].effective().toEpochDay();
        }
        this.staleAfterDay = (int) editions[editions.length - 1].staleAfter().toEpochDay();
    }

    static Icd10Editions read(BinaryReader in) {
        Edition[] editions = new Edition[in.i32()];
        for (int i = 0; i < editions.length; i++) {
            editions[i] = Edition.read(in);
        }
        return new Icd10Editions(editions);
    }

    List<Edition> list() {
        return editions;
    }

    Edition get(int index) {
        return editions.get(index);
    }

    Edition oldest() {
        return editions.get(0);
    }

    /** Effective day of the oldest edition held. */
    int firstDay() {
        return days[0];
    }

    /** Last day the newest edition is current; after it findings get an {@code edition-stale} warning. */
    int staleAfterDay() {
        return staleAfterDay;
    }

    /** Index of the edition in force on a day, or -1 before the first; the newest after its year. */
    int indexOn(int day) {
        int i = days.length - 1;
        while (i >= 0 && days[i] > day) {
            i--;
        }
        return i;
    }

    /** The edition in force on a day, or the oldest before the first. */
    Edition onOrOldest(int day) {
        return editions.get(Math.max(0, indexOn(day)));
    }

    /** The name of the edition that took effect on a day, or a description of that day. */
    String named(int effectiveDay) {
        for (int i = 0; i < days.length; i++) {
            if (days[i] == effectiveDay) {
                return editions.get(i).name();
            }
        }
        return "the edition of " + LocalDate.ofEpochDay(effectiveDay);
    }

    /** "ICD-10-CM FY2025, ICD-10-CM FY2026 and ICD-10-CM FY2027" for messages. */
    String names() {
        List<String> names = editions.stream().map(Edition::name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "ICD-10-CM FY2025 from 2024-10-01, ..." for messages. */
    String describe() {
        return editions.stream().map(e -> e.name() + " from " + e.effective()).collect(Collectors.joining(", "));
    }
}

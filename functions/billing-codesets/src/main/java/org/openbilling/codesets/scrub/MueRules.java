package org.openbilling.codesets.scrub;

import java.util.List;
import java.util.Optional;
import org.openbilling.codesets.MueLimits;

/** MUE: the units of one code on one date, summed over its lines, within the code's daily limit (reported on its first line). */
final class MueRules {
    private MueRules() {
    }

    static void check(Review r, MueLimits mue, List<ScrubbedLine> lines) {
        for (ScrubbedLine first : lines) {
            if (first.code() == null || seenEarlier(lines, first)) {
                continue;
            }
            int units = first.units();
            int count = 1;
            for (int k = first.index() + 1; k < lines.size(); k++) {
                if (lines.get(k).sameCodeAndDate(first)) {
                    units += lines.get(k).units();
                    count++;
                }
            }
            Optional<MueLimits.MueLimit> limit = mue.find(first.code());
            if (limit.isEmpty() || units <= limit.get().maxUnits()) {
                continue;
            }
            MueLimits.MueLimit l = limit.get();
            r.finding(mue.edition(), first.date(), "mue-units-exceeded", Fields.line(first.index(), Fields.UNITS),
                    first.code() + ": " + units + " units on " + first.date() + (count > 1 ? " (lines " + sameCodeLines(lines, first) + ")" : "")
                            + " exceed the MUE of " + l.maxUnits() + " per day (MAI " + l.adjudicationIndicator() + ", " + l.rationale() + ")");
        }
    }

    private static boolean seenEarlier(List<ScrubbedLine> lines, ScrubbedLine line) {
        for (int k = 0; k < line.index(); k++) {
            if (lines.get(k).sameCodeAndDate(line)) {
                return true;
            }
        }
        return false;
    }

    private static String sameCodeLines(List<ScrubbedLine> lines, ScrubbedLine first) {
        StringBuilder b = new StringBuilder();
        for (int k = first.index(); k < lines.size(); k++) {
            if (lines.get(k).sameCodeAndDate(first)) {
                b.append(b.length() == 0 ? "" : ", ").append(k + 1);
            }
        }
        return b.toString();
    }
}

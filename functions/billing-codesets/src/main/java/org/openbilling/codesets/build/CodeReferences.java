package org.openbilling.codesets.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbilling.codesets.table.CodeKey;

/**
 * The ICD-10-CM codes a Tabular note cites, as key ranges: "(E11.-)" is E11 and everything under it, "(N18.1-N18.6)"
 * N18.1 to N18.6 with their children, "(E08-E13)" the categories E08 to E13, "(Z79.4)" Z79.4 and its children (a code
 * cited in a note includes the codes under it).
 */
final class CodeReferences {
    private static final String CODE = "[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?";
    private static final Pattern REFERENCE = Pattern.compile("\\b(" + CODE + ")(?:\\s*-\\s*(" + CODE + ")|\\.?-)?");

    private CodeReferences() {
    }

    /** A range of keys, {@code from} inclusive, {@code to} exclusive, and the text it was read from ("E11.-"). */
    record Range(long from, long to, String text) {
        boolean contains(long key) {
            return key >= from && key < to;
        }
    }

    static List<Range> parse(String text) {
        List<Range> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String first = m.group(1).replace(".", "");
            String last = m.group(2) == null ? first : m.group(2).replace(".", "");
            long from = CodeKey.encode(first);
            long lastKey = CodeKey.encode(last);
            if (from < 0 || lastKey < 0 || lastKey < from) {
                continue;
            }
            out.add(new Range(from, CodeKey.prefixEnd(lastKey, last.length()), m.group().strip()));
        }
        return out;
    }
}

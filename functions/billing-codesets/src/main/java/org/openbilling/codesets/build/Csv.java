package org.openbilling.codesets.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A minimal RFC-4180 reader (quoted fields, doubled quotes, newlines inside quotes) for the build-time sources. */
final class Csv {
    private final BufferedReader in;
    private final Map<String, Integer> columns = new HashMap<>();

    Csv(BufferedReader in) throws IOException {
        this.in = in;
        List<String> header = next();
        if (header == null) {
            throw new IOException("empty CSV");
        }
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().replace("\uFEFF", ""), i);
        }
    }

    /** Index of a header column; a missing column is a data error. */
    int column(String name) {
        Integer i = columns.get(name);
        if (i == null) {
            throw new IllegalArgumentException("column " + name + " missing; have " + columns.keySet());
        }
        return i;
    }

    /** The next record, or null at the end. */
    List<String> next() throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        if (line.indexOf('"') < 0) {
            // Fast path (most rows): no quoting, split on commas.
            int start = 0;
            int end = line.endsWith("\r") ? line.length() - 1 : line.length();
            for (int i = 0; i <= end; i++) {
                if (i == end || line.charAt(i) == ',') {
                    fields.add(line.substring(start, i));
                    start = i + 1;
                }
            }
            return fields;
        }
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i == line.length()) {
                if (quoted) {
                    String more = in.readLine();
                    if (more == null) {
                        break;
                    }
                    f.append('\n');
                    line = more;
                    i = 0;
                    continue;
                }
                break;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < line.length() && line.charAt(i) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
            } else if (c != '\r') {
                f.append(c);
            }
        }
        fields.add(f.toString());
        return fields;
    }

    static String get(List<String> row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }
}

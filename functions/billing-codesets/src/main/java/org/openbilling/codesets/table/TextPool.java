package org.openbilling.codesets.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Many strings as one UTF-8 blob and their offsets: no String per entry is made at load time, only when one is read.
 * Build side: {@link #write}; run time: {@link #read}, then {@link #get}.
 */
public final class TextPool {
    private final int[] start;
    private final byte[] bytes;

    private TextPool(int[] start, byte[] bytes) {
        this.start = start;
        this.bytes = bytes;
    }

    /** Writes the strings in order; string {@code i} is read back with {@code get(i)}. */
    public static void write(BinaryWriter out, List<String> values) throws IOException {
        int[] start = new int[values.size() + 1];
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        for (int i = 0; i < values.size(); i++) {
            byte[] b = values.get(i).getBytes(StandardCharsets.UTF_8);
            blob.write(b, 0, b.length);
            start[i + 1] = start[i] + b.length;
        }
        out.ints(start);
        out.bytes(blob.toByteArray());
    }

    public static TextPool read(BinaryReader in) {
        int[] start = in.ints();
        return new TextPool(start, in.bytes());
    }

    public int size() {
        return Math.max(0, start.length - 1);
    }

    /** String {@code i}, decoded now. */
    public String get(int i) {
        return new String(bytes, start[i], start[i + 1] - start[i], StandardCharsets.UTF_8);
    }

    /** Compares string {@code i} with {@code key} as unsigned UTF-8 bytes (code point order), without decoding. */
    public int compare(int i, byte[] key) {
        return java.util.Arrays.compareUnsigned(bytes, start[i], start[i + 1], key, 0, key.length);
    }

    /** True when string {@code i} starts with {@code prefix} (UTF-8 bytes). */
    public boolean startsWith(int i, byte[] prefix) {
        return start[i + 1] - start[i] >= prefix.length
                && java.util.Arrays.equals(bytes, start[i], start[i] + prefix.length, prefix, 0, prefix.length);
    }

    /** Length in bytes of string {@code i} (no decoding). */
    public int byteLength(int i) {
        return start[i + 1] - start[i];
    }
}

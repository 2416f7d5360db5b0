package org.openbilling.codesets.table;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes the tables' binary format: big-endian primitives, length-prefixed arrays and UTF-8 strings. */
public final class BinaryWriter implements Closeable {
    private final OutputStream target;
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(1 << 20);
    private final DataOutputStream out = new DataOutputStream(buffer);

    /** Writes to {@code target} on close, prefixed with the length so the reader allocates exactly once. */
    public BinaryWriter(OutputStream target) {
        this.target = target;
    }

    public void magic(String name, int version) throws IOException {
        string(name);
        out.writeInt(version);
    }

    public void i32(int v) throws IOException {
        out.writeInt(v);
    }

    public void string(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public void strings(List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            string(v);
        }
    }

    public void bytes(byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    public void ints(int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    public void longs(long[] a) throws IOException {
        out.writeInt(a.length);
        for (long v : a) {
            out.writeLong(v);
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
        try (DataOutputStream file = new DataOutputStream(new BufferedOutputStream(target, 1 << 16))) {
            file.writeInt(buffer.size());
            buffer.writeTo(file);
        }
    }
}

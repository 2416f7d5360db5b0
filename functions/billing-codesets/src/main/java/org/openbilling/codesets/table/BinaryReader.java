package org.openbilling.codesets.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reads what {@link BinaryWriter} wrote, with bulk array copies (no text parsing at run time). */
public final class BinaryReader {
    private final ByteBuffer buf;

    private BinaryReader(byte[] data) {
        this.buf = ByteBuffer.wrap(data);
    }

    /** Reads a table from the class path ({@code codesets/<name>}); a missing table is a build error. */
    public static BinaryReader resource(String name) {
        String path = "codesets/" + name;
        try (InputStream in = BinaryReader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("code set table " + path + " is not on the class path; build the module (TableGenerator)");
            }
            return new BinaryReader(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public void expect(String name, int version) {
        String found = string();
        int v = i32();
        if (!found.equals(name) || v != version) {
            throw new IllegalStateException("table " + found + " v" + v + " found, " + name + " v" + version + " expected; rebuild the module");
        }
    }

    public int i32() {
        return buf.getInt();
    }

    public String string() {
        int n = buf.getInt();
        String s = new String(buf.array(), buf.position(), n, StandardCharsets.UTF_8);
        buf.position(buf.position() + n);
        return s;
    }

    public String[] strings() {
        String[] a = new String[buf.getInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = string();
        }
        return a;
    }

    public byte[] bytes() {
        byte[] a = new byte[buf.getInt()];
        buf.get(a);
        return a;
    }

    public int[] ints() {
        int[] a = new int[buf.getInt()];
        buf.asIntBuffer().get(a);
        buf.position(buf.position() + 4 * a.length);
        return a;
    }

    public long[] longs() {
        long[] a = new long[buf.getInt()];
        buf.asLongBuffer().get(a);
        buf.position(buf.position() + 8 * a.length);
        return a;
    }
}

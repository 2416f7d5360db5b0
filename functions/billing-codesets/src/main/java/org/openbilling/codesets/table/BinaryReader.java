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
        // String.concat rather than '+': on a cold JVM the first indy string concatenation costs milliseconds.
        String path = "codesets/".concat(name);
        try (InputStream in = BinaryReader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("code set table " + path + " is not on the class path; build the module (TableGenerator)");
            }
            // The generator prefixes each table with its length: one exact-size buffer, no growing and copying
            // (and no URLConnection, whose content-length lookup loads the MIME table on a cold JVM).
            byte[] header = in.readNBytes(4);
            if (header.length != 4) {
                throw new IOException("empty table " + path);
            }
            int length = ((header[0] & 0xFF) << 24) | ((header[1] & 0xFF) << 16) | ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
            byte[] data = new byte[length];
            if (in.readNBytes(data, 0, length) != length) {
                throw new IOException("short read of " + path);
            }
            return new BinaryReader(data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Reads a table from a file (tests and tools). */
    public static BinaryReader file(java.nio.file.Path path) throws IOException {
        byte[] all = java.nio.file.Files.readAllBytes(path);
        return new BinaryReader(java.util.Arrays.copyOfRange(all, 4, all.length));
    }

    public void expect(String name, int version) {
        String found = string();
        int v = i32();
        if (!found.equals(name) || v != version) {
            // Only on failure: keep string concatenation off the cold-start path.
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

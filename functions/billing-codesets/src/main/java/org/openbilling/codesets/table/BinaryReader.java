package org.openbilling.codesets.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads what {@link BinaryWriter} wrote, with bulk copies (no text parsing at run time), streaming: each array is
 * filled straight from the table's stream through one 64 KB buffer, so that loading the 30 MB of tables allocates
 * the tables and nothing else of their size (reading a whole table into one array first doubled what an app start
 * allocated for them, and pushed the first young collection, which copies every live table, into the first
 * request). The stream is closed when the table's last byte has been read.
 */
public final class BinaryReader {
    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final String name;
    private final byte[] chunk = new byte[CHUNK];
    private final ByteBuffer view = ByteBuffer.wrap(chunk);
    private long remaining;

    private BinaryReader(InputStream in, String name) throws IOException {
        this.in = in;
        this.name = name;
        // the generator prefixes each table with its length
        if (in.readNBytes(chunk, 0, 4) != 4) {
            throw new IOException("empty table " + name);
        }
        int length = view.getInt(0);
        if (length <= 0) {
            throw new IOException("empty table " + name);
        }
        this.remaining = length;
    }

    /** Reads a table from the class path ({@code codesets/<name>}); a missing table is a build error. */
    public static BinaryReader resource(String name) {
        // String.concat rather than '+': on a cold JVM the first indy string concatenation costs milliseconds.
        String path = "codesets/".concat(name);
        InputStream in = BinaryReader.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("code set table " + path + " is not on the class path; build the module (TableGenerator)");
        }
        try {
            return stream(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Reads a table from a file (tests and tools). */
    public static BinaryReader file(Path path) throws IOException {
        return stream(Files.newInputStream(path), path.toString());
    }

    /**
     * Reads a table from a stream, which is closed after the table's last byte, or at once when its length prefix
     * cannot be read.
     */
    static BinaryReader stream(InputStream in, String name) throws IOException {
        try {
            return new BinaryReader(in, name);
        } catch (IOException e) {
            close(in);
            throw e;
        }
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
        fill(4);
        return view.getInt(0);
    }

    public String string() {
        byte[] b = bytes();
        return new String(b, StandardCharsets.UTF_8);
    }

    public String[] strings() {
        String[] a = new String[i32()];
        for (int i = 0; i < a.length; i++) {
            a[i] = string();
        }
        return a;
    }

    public byte[] bytes() {
        byte[] a = new byte[i32()];
        read(a, 0, a.length);
        return a;
    }

    public int[] ints() {
        int[] a = new int[i32()];
        for (int done = 0; done < a.length; ) {
            int n = Math.min(a.length - done, CHUNK / 4);
            fill(n * 4);
            view.clear();
            view.asIntBuffer().get(a, done, n);
            done += n;
        }
        return a;
    }

    public long[] longs() {
        long[] a = new long[i32()];
        for (int done = 0; done < a.length; ) {
            int n = Math.min(a.length - done, CHUNK / 8);
            fill(n * 8);
            view.clear();
            view.asLongBuffer().get(a, done, n);
            done += n;
        }
        return a;
    }

    /** The next {@code n} (at most {@link #CHUNK}) bytes into the start of the chunk. */
    private void fill(int n) {
        read(chunk, 0, n);
    }

    private void read(byte[] into, int offset, int n) {
        if (n > remaining) {
            throw new UncheckedIOException(new IOException("table " + name + " ends early: " + n + " bytes wanted, " + remaining + " left"));
        }
        try {
            if (in.readNBytes(into, offset, n) != n) {
                throw new IOException("short read of " + name);
            }
        } catch (IOException e) {
            close(in);
            throw new UncheckedIOException("cannot read " + name, e);
        }
        remaining -= n;
        if (remaining == 0) {
            close(in);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}

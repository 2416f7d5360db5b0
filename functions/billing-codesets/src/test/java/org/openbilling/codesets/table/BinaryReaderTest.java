package org.openbilling.codesets.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryReaderTest {
    /** A stream that says whether it was closed. */
    private static final class Watched extends ByteArrayInputStream {
        boolean closed;

        Watched(byte[] data) {
            super(data);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    private static byte[] table(int[] ints, long[] longs, byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BinaryWriter w = new BinaryWriter(out)) {
            w.magic("test", 3);
            w.ints(ints);
            w.longs(longs);
            w.bytes(bytes);
            w.strings(List.of("", "ä €", "E11.9"));
            w.i32(-7);
        }
        return out.toByteArray();
    }

    @Test
    void readsArraysLargerThanItsBuffer_inOrder_andClosesTheStreamAfterTheLastByte() throws IOException {
        Random random = new Random(42);
        int[] ints = random.ints(100_003).toArray();
        long[] longs = random.longs(50_001).toArray();
        byte[] bytes = new byte[70_000];
        random.nextBytes(bytes);
        Watched stream = new Watched(table(ints, longs, bytes));
        BinaryReader in = BinaryReader.stream(stream, "test");
        in.expect("test", 3);
        assertArrayEquals(ints, in.ints());
        assertArrayEquals(longs, in.longs());
        assertArrayEquals(bytes, in.bytes());
        assertArrayEquals(new String[] {"", "ä €", "E11.9"}, in.strings());
        assertFalse(stream.closed);
        assertEquals(-7, in.i32());
        assertTrue(stream.closed, "closed after the table's last byte");
        assertThrows(UncheckedIOException.class, in::i32);
    }

    @Test
    void aTruncatedTable_isAnError_notAShortArray() throws IOException {
        byte[] whole = table(new int[1000], new long[10], new byte[10]);
        byte[] cut = java.util.Arrays.copyOf(whole, 2000);
        BinaryReader in = BinaryReader.stream(new ByteArrayInputStream(cut), "cut");
        in.expect("test", 3);
        assertThrows(UncheckedIOException.class, in::ints);
    }
}

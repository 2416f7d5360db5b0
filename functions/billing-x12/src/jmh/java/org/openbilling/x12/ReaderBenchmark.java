package org.openbilling.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openbilling.domain.claim.Claim;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse speed of the readers on ~1 MB inputs. MB/s = ops/s × the size printed at setup
 * (835: the mixed fixture's claims repeated; 837: a writer batch).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReaderBenchmark {
    private static final EDIInputFactory RAW = EDIInputFactory.newFactory();

    static {
        RAW.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
    }

    private final Remittance835Reader remittances = new Remittance835Reader();
    private final Claim837Reader claims = new Claim837Reader();
    private byte[] x835;
    private byte[] x837;

    @Setup
    public void setUp() {
        x835 = Fixtures.large835(1_000_000).getBytes(StandardCharsets.UTF_8);

        List<Claim> batch = Claims.aMixedBatch(1000);
        x837 = new Claim837Writer().write(Claims.envelope(), ControlNumbers.of(1, 1, 1), batch, Claims.CREATED)
                .getBytes(StandardCharsets.UTF_8);
        System.out.printf("%n835 input: %d bytes, 837 input: %d bytes%n", x835.length, x837.length);
    }

    @Benchmark
    public List<Remittance> read835() {
        return remittances.read(new java.io.ByteArrayInputStream(x835));
    }

    /** Our tokenizer alone on the same 835: the segments every reader starts from, no model built. */
    @Benchmark
    public List<Segment> segmentsOnly835() {
        return Segments.read(x835);
    }

    /** For comparison: StAEDI's own event loop over the same 835 (the readers' tokenizer until 2026-12-04). */
    @Benchmark
    public long staediEventsOnly835() throws Exception {
        long n = 0;
        try (EDIStreamReader r = RAW.createEDIStreamReader(new java.io.ByteArrayInputStream(x835), "ISO-8859-1")) {
            while (r.hasNext()) {
                if (r.next() == EDIStreamEvent.ELEMENT_DATA) {
                    n += r.getTextLength();
                }
            }
        }
        return n;
    }

    @Benchmark
    public List<Claim837> read837() {
        return claims.read(new java.io.ByteArrayInputStream(x837));
    }
}

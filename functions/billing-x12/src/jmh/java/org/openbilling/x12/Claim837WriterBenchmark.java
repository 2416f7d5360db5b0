package org.openbilling.x12;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openbilling.domain.claim.Claim;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Claims per second through the 837P writer, schema validation included; one batch of 100 claims per call. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Claim837WriterBenchmark {
    static final int BATCH = 100;

    private final Claim837Writer writer = new Claim837Writer();
    private List<Claim> claims;
    private List<CoordinatedClaim> afterFirstPayer;
    private Envelope envelope;

    @Setup
    public void setUp() {
        envelope = Claims.envelope();
        // three in four are plain office visits, one in four a dependent's claim with every optional loop
        claims = Claims.aMixedBatch(BATCH);
        afterFirstPayer = ChainClaims.aMixedBatch(BATCH);
    }

    /** Score × 1 = claims per second (the score is already per claim). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public String writeBatchOf100() {
        return writer.write(envelope, ControlNumbers.of(1, 1, 1), claims, Claims.CREATED);
    }

    /**
     * Claims per second to a secondary or tertiary payer: 2320 with CAS/AMT/MOA and 2330A/B per other payer, a 2430
     * per prior payer and line, balancing rules and schema validation included.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public String writeSecondaryBatchOf100() {
        return writer.writeCoordinated(envelope, ControlNumbers.of(1, 1, 1), afterFirstPayer, Claims.CREATED);
    }
}

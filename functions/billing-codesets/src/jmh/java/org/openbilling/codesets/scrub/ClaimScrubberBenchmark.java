package org.openbilling.codesets.scrub;

import static org.openbilling.codesets.scrub.ClaimBuilder.aVisitOn;
import static org.openbilling.codesets.scrub.ClaimBuilder.anOfficeVisitOn;
import static org.openbilling.codesets.scrub.ClaimBuilder.line;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openbilling.codesets.CodeSetTables;
import org.openbilling.domain.claim.Claim;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Time of one scrub (one thread = one core): a typical four-line office visit (goal: at most 50 µs) and a 50-line
 * claim (the most a claim may have) of visits on 13 days, with modifiers, so NCCI pairs, MUE sums and MCE all run.
 */
@State(Scope.Benchmark)
@Threads(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClaimScrubberBenchmark {
    private static final LocalDate DOS = LocalDate.of(2026, 11, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private ClaimScrubber scrubber;
    private Claim typical;
    private Claim fiftyLines;

    @Setup
    public void setUp() {
        scrubber = ClaimScrubber.of(CodeSetTables.load());
        typical = anOfficeVisitOn(DOS).build();
        ClaimBuilder b = aVisitOn(LocalDate.of(2026, 11, 1)).serviceDateTo(LocalDate.of(2026, 11, 13))
                .diagnoses("E11.9", "I10", "E78.5", "N18.30");
        String[] codes = {"99213", "83036", "80061", "36415"};
        for (int i = 0; i < 50; i++) {
            ClaimBuilder.Line l = line(codes[i % 4]).on(LocalDate.of(2026, 11, 1).plusDays(i / 4)).pointers(i % 4 == 0 ? new Integer[]{1, 2} : new Integer[]{1 + i % 4});
            if (i % 4 == 0) {
                l.modifiers("25");
            }
            b.lines(l);
        }
        fiftyLines = b.build();
        if (!scrubber.scrub(typical, TODAY).isClean() || scrubber.scrub(fiftyLines, TODAY).hasErrors()) {
            throw new IllegalStateException("benchmark claims should pass: " + scrubber.scrub(fiftyLines, TODAY));
        }
    }

    /** A typical claim: E11.9, I10; 99213, 83036, 80053, 36415. */
    @Benchmark
    public ScrubResult scrubTypicalClaim() {
        return scrubber.scrub(typical, TODAY);
    }

    /** 50 lines over 13 days: of the 2,450 ordered line pairs, the 146 on the same day are looked up in NCCI. */
    @Benchmark
    public ScrubResult scrubFiftyLineClaim() {
        return scrubber.scrub(fiftyLines, TODAY);
    }
}

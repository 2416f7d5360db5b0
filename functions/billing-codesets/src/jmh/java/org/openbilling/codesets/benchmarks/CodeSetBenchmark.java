package org.openbilling.codesets.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openbilling.codesets.CodeSetTables;
import org.openbilling.domain.codes.Code;
import org.openbilling.domain.codes.CodeSystem;
import org.openbilling.domain.codes.CodeValidation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/** In-process speed of the code sets: validation throughput (one thread = one core), search latency, table load time. */
@State(Scope.Benchmark)
@Threads(1)
public class CodeSetBenchmark {
    private static final LocalDate ON = LocalDate.of(2026, 11, 10);
    /** Coder searches as notes word them: Index terms, lay words, abbreviations, drugs, neoplasms, typing in progress. */
    public static final String[] QUERIES = {"type 2 diabetes without complications", "fracture of femur", "hypertension", "asthma",
            "acute myocardial infarction", "covid", "chronic kidney disease stage 3", "pregnancy", "fract", "diab", "heart attack",
            "CHF", "strep throat", "adverse effect of penicillin", "breast cancer", "metastatic cancer to bone", "fall from ladder",
            "flu shot", "low back pain", "pneumonia", "sprained ankle", "old heart attack", "acetaminophen overdose", "E11"};

    private CodeSetTables codes;
    private int next;

    @Setup
    public void load() {
        codes = CodeSetTables.loadWithIndex();
    }

    /** One ICD-10-CM code validated on a date of service. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public CodeValidation validateIcd10() {
        return codes.validate(CodeSystem.ICD10CM, "E11.9", ON);
    }

    /** Dotless input, which needs normalizing. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public CodeValidation validateIcd10Dotless() {
        return codes.validate(CodeSystem.ICD10CM, "S020XXA", ON);
    }

    /** One CPT code (format + fee-schedule list). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public CodeValidation validateCpt() {
        return codes.validate(CodeSystem.CPT, "99213", ON);
    }

    /** ICD-10-CM coder search (Index, tables, Tabular terms) over rotating queries; SampleTime gives the percentiles (p99). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Code> searchIcd10() {
        String q = QUERIES[next++ % QUERIES.length];
        return codes.search(CodeSystem.ICD10CM, q, ON, 10);
    }

    /** Reading every table again from the class path, the Alphabetic Index and Tabular List included (warm JVM; see LoadFootprint). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CodeSetTables loadAllTables() {
        return CodeSetTables.loadFreshWithIndex();
    }
}

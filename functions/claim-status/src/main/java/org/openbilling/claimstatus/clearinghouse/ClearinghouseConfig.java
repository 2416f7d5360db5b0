package org.openbilling.claimstatus.clearinghouse;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the clearinghouse transport (BILLING_CLEARINGHOUSE_... in the environment). */
@ConfigMapping(prefix = "billing.clearinghouse")
public interface ClearinghouseConfig {
    /** How often the local run's timer serves every connected practice ({@code off} in AWS: EventBridge does it). */
    @WithDefault("off")
    String every();

    /** Start a run for the practice right after POST /submissions stored a batch (off where the schedule does it). */
    @WithDefault("true")
    boolean runAfterSubmission();

    /** Answer the scheduled-run route (only the clearinghouse function does; see ScheduledRunResource). */
    @WithDefault("false")
    boolean scheduledRoute();

    /** A file changed more recently than this is left for the next run: it may still be being written. */
    @WithDefault("10s")
    Duration minFileAge();

    /** How long one run may hold a practice before another run may take it over (a killed run's lease lapses). */
    @WithDefault("10m")
    Duration lease();

    /** At most this many incoming files and as many batches per practice and run; the rest wait for the next run. */
    @WithDefault("200")
    int maxFilesPerRun();

    /** How long a download address of an archived file stays valid. */
    @WithDefault("5m")
    Duration downloadUrlTtl();

    /** Where files are kept while they are moved (default: the JVM's temporary folder). */
    Optional<String> workDir();

    Secrets secrets();

    Archive archive();

    interface Secrets {
        /** {@code file} (local run, tests) or {@code secrets-manager} (AWS). */
        @WithDefault("file")
        String store();

        /** The folder of the file store (under the data folder; created owner-only). */
        @WithDefault(".data/secrets")
        String dir();

        /** Name prefix of the secrets in Secrets Manager (the stack's role allows only this prefix). */
        @WithDefault("billing/clearinghouse/")
        String prefix();

        Optional<String> kmsKeyId();
    }

    interface Archive {
        @WithDefault("billing-exchanged-files")
        String bucket();

        /** An S3-compatible endpoint (the local s3rver); unset in AWS. */
        Optional<String> endpoint();

        @WithDefault("us-east-1")
        String region();

        /** The customer key every archived object is encrypted with (AWS). */
        Optional<String> kmsKeyId();

        /** Create the bucket if missing (local run and tests; in AWS the stack owns it). */
        @WithDefault("false")
        boolean createBucket();
    }
}

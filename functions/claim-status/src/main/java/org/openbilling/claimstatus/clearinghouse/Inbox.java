package org.openbilling.claimstatus.clearinghouse;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.openbilling.clearinghouse.AttentionNeeded;
import org.openbilling.clearinghouse.Sha256;
import org.openbilling.clearinghouse.archive.FileArchive;
import org.openbilling.clearinghouse.sftp.MailboxException;
import org.openbilling.clearinghouse.sftp.RemoteFile;
import org.openbilling.clearinghouse.sftp.SftpMailbox;
import org.openbilling.clearinghouse.x12.UnreadableFileException;
import org.openbilling.clearinghouse.x12.X12FileKind;
import org.openbilling.clearinghouse.x12.X12Header;
import org.openbilling.domain.clearinghouse.Connection;
import org.openbilling.domain.clearinghouse.ExchangedFile;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.dynamodb.clearinghouse.ExchangedFileRepository;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.x12.X12FormatException;

/**
 * Takes in the files waiting in the practice's incoming folder. Each file: left alone while it may still be
 * written (a temporary name, or changed within {@code minFileAge}); downloaded to a work file while hashed;
 * archived; recorded RECEIVED under an id derived from its content; then identified, checked and posted through
 * {@link FilePosting}, and recorded PROCESSED (or QUARANTINED with the reason, through {@link AttentionNeeded}).
 * Exactly once: the record is created once (conditional write of a content-derived id) and moves to PROCESSED
 * once (versioned write); a crash after posting repeats the posting, which the services make a no-op. Remote
 * files are left where they are (the clearinghouse cleans its outbox); a small item per remote file spares a
 * second download. One file's failure never stops the next.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    static final int MAX_OUTCOME = 4000;
    private final ExchangedFileRepository files;
    private final FileArchive archive;
    private final FilePosting posting;
    private final AttentionNeeded attention;
    private final PracticeClock clock;
    private final RunHooks hooks;
    private final ClearinghouseConfig config;

    public Inbox(ExchangedFileRepository files, FileArchive archive, FilePosting posting, AttentionNeeded attention,
                 PracticeClock clock, RunHooks hooks, ClearinghouseConfig config) {
        this.files = files;
        this.archive = archive;
        this.posting = posting;
        this.attention = attention;
        this.clock = clock;
        this.hooks = hooks;
        this.config = config;
    }

    /** What one pass did; {@code failures} are per-file problems the next run retries. */
    public record Result(int processed, int quarantined, int waiting, List<String> failures) {
    }

    /** Everything the checks need to know about the practice. */
    public record Expectations(String submitterId, String usageIndicator) {
    }

    public Result takeIn(Connection c, MailboxSession session, Expectations expect, int limit) {
        PracticeId practice = c.practiceId();
        String folder = c.incomingFolder();
        Instant now = clock.now();
        int processed = 0;
        int quarantined = 0;
        int waiting = 0;
        List<String> failures = new ArrayList<>();
        int handled = 0;
        for (RemoteFile rf : session.mailbox().list(folder)) {
            if (handled >= limit) {
                break;
            }
            if (halfWritten(rf, now)) {
                waiting++;
                continue;
            }
            String remoteKey = Sha256.hex(folder + "\n" + rf.name() + "\n" + rf.size() + "\n" + rf.modifiedAt());
            try {
                Optional<String> known = files.takenIn(practice, remoteKey);
                ExchangedFile.Status outcome;
                if (known.isPresent()) {
                    Optional<ExchangedFile> f = files.find(practice, known.get());
                    if (f.isEmpty() || f.get().status() != ExchangedFile.Status.RECEIVED) {
                        continue;
                    }
                    handled++;
                    outcome = finishFromArchive(f.get(), expect);
                } else {
                    handled++;
                    outcome = download(c, session, rf, remoteKey, expect);
                }
                if (outcome == ExchangedFile.Status.PROCESSED) {
                    processed++;
                } else if (outcome == ExchangedFile.Status.QUARANTINED) {
                    quarantined++;
                } else if (outcome == null) {
                    waiting++;
                }
            } catch (MailboxException e) {
                if (e.reason().stopsConnection()) {
                    throw e;
                }
                failures.add(rf.name() + ": " + e.getMessage());
                session.reopenIfClosed();
            } catch (RuntimeException e) {
                // storage or posting failed for reasons of its own (DynamoDB, S3): the next run retries the file
                LOG.warnf("clearinghouse file %s of practice %s not taken in: %s", rf.name(), practice.value(),
                        e.getClass().getSimpleName());
                failures.add(rf.name() + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                        + clip(e.getMessage(), 300)));
            }
        }
        return new Result(processed, quarantined, waiting, failures);
    }

    /** A temporary name, or a file changed too recently: a writer may still be at work. */
    boolean halfWritten(RemoteFile rf, Instant now) {
        String n = rf.name().toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || n.endsWith(".part") || n.endsWith(".tmp") || n.endsWith(".filepart")
                || n.endsWith(".partial")) {
            return true;
        }
        Duration age = config.minFileAge();
        return rf.modifiedAt() != null && rf.modifiedAt().isAfter(now.minus(age));
    }

    /** Downloads, archives and records a new remote file, then posts it; null when it changed while read. */
    private ExchangedFile.Status download(Connection c, MailboxSession session, RemoteFile rf, String remoteKey,
                                          Expectations expect) {
        PracticeId practice = c.practiceId();
        Path work = workFile();
        try {
            String sha;
            long size;
            try (OutputStream out = Files.newOutputStream(work); Sha256 hashing = new Sha256(out)) {
                session.mailbox().read(c.incomingFolder(), rf.name(), hashing);
                hashing.flush();
                sha = hashing.hex();
                size = hashing.count();
            }
            Optional<RemoteFile> after = session.mailbox().stat(c.incomingFolder(), rf.name());
            if (size != rf.size() || after.isEmpty() || after.get().size() != size
                    || (rf.modifiedAt() != null && !rf.modifiedAt().equals(after.get().modifiedAt()))) {
                // still growing, or replaced while we read it: the next run takes the finished file
                return null;
            }
            String id = "in-" + sha.substring(0, 40);
            String archiveKey = Outbox.archiveKey(practice, "received", id);
            archive.put(archiveKey, work, sha);
            String kind;
            try (InputStream head = Files.newInputStream(work)) {
                kind = X12Header.read(head).kind().label();
            } catch (UnreadableFileException e) {
                kind = "unknown";
            }
            ExchangedFile f = new ExchangedFile(practice, id, ExchangedFile.Direction.RECEIVED,
                    ExchangedFile.Status.RECEIVED, kind, rf.name(), size, sha, archiveKey, null, clock.now(), null,
                    null, null, null, 0);
            boolean isNew = files.create(f);
            files.rememberTakenIn(practice, remoteKey, id);
            ExchangedFile stored = isNew ? f.withVersion(1) : files.find(practice, id).orElseThrow();
            if (stored.status() != ExchangedFile.Status.RECEIVED) {
                // the same content arrived before (under this name or another) and was dealt with then
                return ExchangedFile.Status.SENT;
            }
            hooks.received(id);
            return process(stored, work, expect);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** A file recorded RECEIVED by a run that died before posting it: posted from its archived copy. */
    private ExchangedFile.Status finishFromArchive(ExchangedFile f, Expectations expect) {
        Path work = workFile();
        try {
            try (InputStream in = archive.open(f.archiveKey())) {
                Files.copy(in, work, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return process(f, work, expect);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Identifies, checks and posts a RECEIVED file; answers its new status. */
    ExchangedFile.Status process(ExchangedFile f, Path work, Expectations expect) throws IOException {
        PracticeId practice = f.practiceId();
        X12Header header;
        try (InputStream head = Files.newInputStream(work)) {
            header = X12Header.read(head);
        } catch (UnreadableFileException e) {
            return quarantine(f, "clearinghouse-file-unreadable", e.getMessage());
        }
        if (expect.submitterId() == null || !expect.submitterId().equalsIgnoreCase(header.receiverId())) {
            return quarantine(f, "clearinghouse-file-other-submitter", "the file is addressed to submitter '"
                    + header.receiverId() + "' (ISA08), not this practice's '" + expect.submitterId() + "'");
        }
        if (!expect.usageIndicator().equalsIgnoreCase(header.usageIndicator())) {
            return quarantine(f, "clearinghouse-file-usage-mismatch", "the file is marked ISA15 '"
                    + header.usageIndicator() + "' but the mailbox is for '" + expect.usageIndicator() + "' files");
        }
        if (!FilePosting.postable(header.kind())) {
            return quarantine(f, "clearinghouse-file-unsupported", "a " + header.kind().label() + " ("
                    + header.transactionSet() + ", " + header.version() + ") is not taken in by the platform"
                    + (header.kind() == X12FileKind.ELIGIBILITY_271 ? " yet (no eligibility function)" : ""));
        }
        String outcome;
        try {
            outcome = posting.post(practice, header.kind(), readWithoutBom(work));
        } catch (X12FormatException e) {
            return quarantine(f, "clearinghouse-file-malformed", clip(e.getMessage(), 1000));
        } catch (RuleViolationException e) {
            return quarantine(f, e.violations().get(0).rule(), clip(e.getMessage(), 1000));
        }
        hooks.posted(f.id());
        try {
            files.update(f.processed(clip(outcome, MAX_OUTCOME), clock.now()));
        } catch (StaleVersionException raced) {
            // another run recorded it first: it posted the same file, which the services made one posting
        }
        return ExchangedFile.Status.PROCESSED;
    }

    private ExchangedFile.Status quarantine(ExchangedFile f, String rule, String reason) {
        attention.fileQuarantined(f.practiceId(), f.id(), rule, reason);
        return ExchangedFile.Status.QUARANTINED;
    }

    /** The file's bytes once, without a UTF-8 byte order mark (so the reader makes no second copy to drop it). */
    static byte[] readWithoutBom(Path file) throws IOException {
        long size = Files.size(file);
        if (size > Integer.MAX_VALUE - 16) {
            throw new X12FormatException("", 0, "the file is larger than 2 GB");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            byte[] all = new byte[(int) size - (bom ? 3 : 0)];
            int at = 0;
            if (!bom) {
                System.arraycopy(head, 0, all, 0, head.length);
                at = head.length;
            }
            while (at < all.length) {
                int n = in.read(all, at, all.length - at);
                if (n < 0) {
                    break;
                }
                at += n;
            }
            return all;
        }
    }

    private Path workFile() {
        try {
            Path dir = config.workDir().map(Path::of).orElse(Path.of(System.getProperty("java.io.tmpdir")));
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "clearinghouse-", ".x12");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary file
        }
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

package org.openbilling.claimstatus.clearinghouse;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.openbilling.clearinghouse.Sha256;
import org.openbilling.clearinghouse.archive.FileArchive;
import org.openbilling.clearinghouse.sftp.SftpMailbox;
import org.openbilling.domain.clearinghouse.Connection;
import org.openbilling.domain.clearinghouse.ExchangedFile;
import org.openbilling.domain.clearinghouse.SubmissionUpload;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.submission.StatusInquiry;
import org.openbilling.domain.submission.Submission;
import org.openbilling.domain.common.SubmissionId;
import org.openbilling.dynamodb.submission.StatusInquiryRepository;
import org.openbilling.dynamodb.clearinghouse.ExchangedFileRepository;
import org.openbilling.dynamodb.submission.SubmissionRepository;
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * Uploads the practice's stored batches that have not gone out yet, oldest first. Each batch: archived, written
 * under a temporary name, recorded RENAMING, renamed to its final name, recorded as a sent file and SENT on the
 * batch (which takes it out of the outbox). A crash at any point repeats only what is missing:
 * <ul>
 * <li>before RENAMING: the temporary file is written again (it is not a batch to the clearinghouse until renamed);</li>
 * <li>after RENAMING: the final name present, or the temporary one gone (the clearinghouse took the file), means
 *     renamed: it is recorded, never sent again; otherwise the rename is done;</li>
 * <li>a final name already on the server (the listing-by-name check) is recorded as sent, never written over.</li>
 * </ul>
 */
@ApplicationScoped
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);
    private final SubmissionRepository submissions;
    private final StatusInquiryRepository inquiries;
    private final ExchangedFileRepository files;
    private final FileArchive archive;
    private final PracticeClock clock;
    private final RunHooks hooks;

    public Outbox(SubmissionRepository submissions, StatusInquiryRepository inquiries, ExchangedFileRepository files,
                  FileArchive archive, PracticeClock clock, RunHooks hooks) {
        this.submissions = submissions;
        this.inquiries = inquiries;
        this.files = files;
        this.archive = archive;
        this.clock = clock;
        this.hooks = hooks;
    }

    /** What one pass did: batches sent, and the batches held back with why. */
    public record Result(int sent, List<String> heldBack) {
    }

    public Result send(Connection c, SftpMailbox mailbox, String submitterId, int limit) {
        PracticeId practice = c.practiceId();
        int sent = 0;
        List<String> held = new java.util.ArrayList<>();
        for (var id : submissions.awaitingUpload(practice, c.activeSince(), limit)) {
            Submission s = StatusInquiry.isInquiryId(id.value())
                    ? inquiries.find(practice, id.value()).map(Outbox::asFile).orElse(null)
                    : submissions.find(practice, id).orElse(null);
            if (s == null) {
                continue;
            }
            String isa15 = usageIndicator(s.x12());
            if (!c.environment().usageIndicator().equals(isa15)) {
                // a test batch must never reach a production mailbox, nor the reverse
                held.add("batch " + s.id().value() + " is marked ISA15 " + isa15 + " but the mailbox is "
                        + c.environment());
                continue;
            }
            sendOne(c, mailbox, s, submitterId);
            sent++;
        }
        return new Result(sent, held);
    }

    private void sendOne(Connection c, SftpMailbox mailbox, Submission s, String submitterId) {
        PracticeId practice = c.practiceId();
        String name = remoteName(c.fileNamePattern(), s, submitterId);
        String temp = "." + name + ".part";
        String folder = c.outgoingFolder();
        byte[] body = s.x12().getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.hex(body);
        String archiveKey = archiveKey(practice, "sent", fileId(s));
        Optional<SubmissionUpload> progress = submissions.upload(practice, s.id());
        if (progress.isPresent() && progress.get().state() == SubmissionUpload.State.SENT) {
            return;
        }
        boolean renamed;
        if (progress.isPresent()) {
            renamed = mailbox.stat(folder, name).isPresent() || mailbox.stat(folder, temp).isEmpty();
        } else {
            renamed = mailbox.stat(folder, name).isPresent();
        }
        if (!renamed) {
            archiveBody(archiveKey, body, sha);
            if (progress.isEmpty()) {
                mailbox.write(folder, temp, new ByteArrayInputStream(body));
                hooks.uploaded(s.id().value());
                submissions.recordUpload(practice, s.id(), new SubmissionUpload(SubmissionUpload.State.RENAMING, name,
                        clock.now()));
            }
            mailbox.rename(folder, temp, name);
            hooks.renamed(s.id().value());
        }
        Instant now = clock.now();
        archiveBody(archiveKey, body, sha);
        files.create(new ExchangedFile(practice, fileId(s), ExchangedFile.Direction.SENT, ExchangedFile.Status.SENT,
                kind(s), name, body.length, sha, archiveKey, s.id().value(), now, null, null, null, null, 0));
        submissions.recordUpload(practice, s.id(), new SubmissionUpload(SubmissionUpload.State.SENT, name, now));
        LOG.infof("batch %s of practice %s sent as %s", s.id().value(), practice.value(), name);
    }

    private void archiveBody(String key, byte[] body, String sha) {
        if (archive.holds(key, sha)) {
            return;
        }
        try {
            Path tmp = Files.createTempFile("batch-", ".x12");
            try {
                Files.write(tmp, body);
                archive.put(key, tmp, sha);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A 276 inquiry as a file to send: the upload needs what a batch has (id, control numbers, text, time), and
     * records its progress on the inquiry's item, which sits in the same table under the same key shape.
     */
    static Submission asFile(StatusInquiry q) {
        return new Submission(new SubmissionId(q.id()), q.practiceId(),
                q.claims().stream().map(StatusInquiry.InquiredClaim::claimId).toList(), List.of(), q.controlNumbers(),
                q.x12(), q.createdAt(), q.actor());
    }

    /** What a sent file holds, for its record: an 837P batch or a 276 inquiry. */
    static String kind(Submission s) {
        return StatusInquiry.isInquiryId(s.id().value()) ? "276" : "837P";
    }

    /** A sent file's id: one per batch. */
    static String fileId(Submission s) {
        return "out-" + s.id().value();
    }

    static String archiveKey(PracticeId practice, String direction, String fileId) {
        return practice.value() + "/" + direction + "/" + fileId;
    }

    /** The batch's name on the server, from the connection's pattern; the same on every retry. */
    static String remoteName(String pattern, Submission s, String submitterId) {
        String submitter = submitterId == null ? "" : submitterId.replaceAll("[^A-Za-z0-9]", "");
        if (StatusInquiry.isInquiryId(s.id().value())) {
            // the connection's pattern names claim batches: an inquiry says what it is where the pattern says 837
            pattern = pattern.replace(".837", ".276");
        }
        return pattern.replace("{submitter}", submitter)
                .replace("{control}", s.controlNumbers().interchange())
                .replace("{submission}", s.id().value().replaceAll("[^A-Za-z0-9._-]", ""))
                .replace("{date}", DATE.format(s.createdAt()))
                .replace("{time}", TIME.format(s.createdAt()));
    }

    /** ISA15 of a batch we wrote (fixed position in the 106-character ISA). */
    static String usageIndicator(String x12) {
        return x12.length() > 102 ? String.valueOf(x12.charAt(102)) : "?";
    }
}

package org.openbilling.claimstatus.clearinghouse;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.openbilling.clearinghouse.AttentionNeeded;
import org.openbilling.clearinghouse.secrets.SecretStore;
import org.openbilling.clearinghouse.sftp.Credential;
import org.openbilling.clearinghouse.sftp.MailboxAddress;
import org.openbilling.clearinghouse.sftp.MailboxException;
import org.openbilling.clearinghouse.sftp.PinnedHostKey;
import org.openbilling.clearinghouse.sftp.SftpMailbox;
import org.openbilling.domain.clearinghouse.Connection;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.practice.PracticeSettings;
import org.openbilling.dynamodb.clearinghouse.ConnectionRepository;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * One clearinghouse run: for every practice with an enabled connection (a Query of the sparse {@code connected}
 * index, a page at a time), take the practice's lease, sign in, send the batches waiting, take in the files
 * waiting, and record how it went on the connection. Safe to run twice at once (the lease lets one through) and to
 * be killed half-way (the lease lapses; every step repeats harmlessly).
 */
@ApplicationScoped
public class ClearinghouseRuns {
    private static final Logger LOG = Logger.getLogger(ClearinghouseRuns.class);
    private static final int PAGE = 100;
    private final ConnectionRepository connections;
    private final PracticeRepository practices;
    private final SecretStore secrets;
    private final Outbox outbox;
    private final Inbox inbox;
    private final AttentionNeeded attention;
    private final PracticeClock clock;
    private final ClearinghouseConfig config;
    /** Runs started by a request (after POST /submissions), one at a time, off the request's thread. */
    private final ExecutorService soon = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clearinghouse-soon");
        t.setDaemon(true);
        return t;
    });

    public ClearinghouseRuns(ConnectionRepository connections, PracticeRepository practices, SecretStore secrets,
                             Outbox outbox, Inbox inbox, AttentionNeeded attention, PracticeClock clock,
                             ClearinghouseConfig config) {
        this.connections = connections;
        this.practices = practices;
        this.secrets = secrets;
        this.outbox = outbox;
        this.inbox = inbox;
        this.attention = attention;
        this.clock = clock;
        this.config = config;
    }

    /** How one practice's turn went. */
    public record PracticeRun(String practiceId, String status, int sent, int processed, int quarantined, int waiting,
                              List<String> problems) {
    }

    /** Serves every connected practice; answers one line per practice. */
    public List<PracticeRun> runAll() {
        List<PracticeRun> out = new ArrayList<>();
        String after = null;
        while (true) {
            List<PracticeId> page = connections.connected(after, PAGE);
            for (PracticeId p : page) {
                out.add(run(p));
            }
            if (page.size() < PAGE) {
                return out;
            }
            after = page.get(page.size() - 1).value();
        }
    }

    /**
     * Runs the practice soon, on a background thread (after a batch was stored); failures wait for the next run.
     * Off in AWS ({@code billing.clearinghouse.run-after-submission=false}): only the clearinghouse function, with
     * the fixed outbound address, talks to mailboxes there; its schedule sends the batch within minutes.
     */
    public void runSoon(PracticeId practice) {
        if (!config.runAfterSubmission() || connections.find(practice).filter(Connection::runnable).isEmpty()) {
            return;
        }
        soon.submit(() -> {
            try {
                run(practice);
            } catch (RuntimeException e) {
                LOG.warnf("clearinghouse run of practice %s after a submission failed: %s", practice.value(),
                        e.getClass().getSimpleName());
            }
        });
    }

    /** One practice's turn; a practice another run is serving is skipped ("busy"). */
    public PracticeRun run(PracticeId practice) {
        Connection c = connections.find(practice).orElse(null);
        if (c == null || !c.runnable()) {
            return new PracticeRun(practice.value(), c == null ? "NONE" : c.enabled() ? "STOPPED" : "DISABLED", 0, 0, 0,
                    0, List.of());
        }
        String owner = UUID.randomUUID().toString();
        Instant now = clock.now();
        if (!connections.takeLease(practice, owner, now.plus(config.lease()), now)) {
            return new PracticeRun(practice.value(), "BUSY", 0, 0, 0, 0, List.of());
        }
        try {
            return serve(c);
        } finally {
            connections.releaseLease(practice, owner);
        }
    }

    private PracticeRun serve(Connection c) {
        PracticeId practice = c.practiceId();
        PracticeSettings settings = practices.find(practice);
        Credential credential = secrets.get(ConnectionService.secretName(practice)).map(CredentialCodec::decode)
                .orElse(null);
        if (credential == null) {
            return stop(c, "clearinghouse-credential-missing", "the connection's password or key is not in the secret"
                    + " store: an admin sets it again");
        }
        MailboxAddress address = new MailboxAddress(c.host(), c.port(), c.user(), credential,
                PinnedHostKey.parse(c.hostKey()), null);
        List<String> problems = new ArrayList<>();
        int limit = config.maxFilesPerRun();
        try (MailboxSession session = new MailboxSession(() -> SftpMailbox.open(address))) {
            Outbox.Result sent = outbox.send(c, session.mailbox(), settings.submitterId(), limit);
            problems.addAll(sent.heldBack());
            Inbox.Result in = inbox.takeIn(c, session,
                    new Inbox.Expectations(settings.submitterId(), c.environment().usageIndicator()), limit);
            problems.addAll(in.failures());
            Instant now = clock.now();
            Connection.Health health = problems.isEmpty()
                    ? new Connection.Health(Connection.Status.OK, null, null, now, now)
                    : new Connection.Health(Connection.Status.RETRYING, sent.heldBack().isEmpty()
                    ? "clearinghouse-transfer-failed" : "clearinghouse-batch-held", Inbox.clip(String.join("; ",
                    problems), 2000), now, now);
            connections.update(practice, x -> x.withHealth(health));
            return new PracticeRun(practice.value(), health.status().name(), sent.sent(), in.processed(),
                    in.quarantined(), in.waiting(), problems);
        } catch (MailboxException e) {
            if (e.reason().stopsConnection()) {
                return stop(c, e.reason().rule(), e.getMessage());
            }
            Instant now = clock.now();
            connections.update(practice, x -> x.withHealth(new Connection.Health(Connection.Status.RETRYING,
                    e.reason().rule(), Inbox.clip(e.getMessage(), 2000), now, x.health().lastSuccessAt())));
            return new PracticeRun(practice.value(), "RETRYING", 0, 0, 0, 0, List.of(e.getMessage()));
        }
    }

    private PracticeRun stop(Connection c, String rule, String detail) {
        attention.connectionStopped(c.practiceId(), rule, detail);
        return new PracticeRun(c.practiceId().value(), "STOPPED", 0, 0, 0, 0, List.of(detail));
    }

    @PreDestroy
    void shutdown() {
        soon.shutdownNow();
    }
}

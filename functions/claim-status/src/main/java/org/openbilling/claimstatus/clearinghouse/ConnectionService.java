package org.openbilling.claimstatus.clearinghouse;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openbilling.clearinghouse.secrets.SecretStore;
import org.openbilling.clearinghouse.sftp.Credential;
import org.openbilling.clearinghouse.sftp.MailboxException;
import org.openbilling.clearinghouse.sftp.PinnedHostKey;
import org.openbilling.clearinghouse.sftp.SftpMailbox;
import org.openbilling.contract.Requests;
import org.openbilling.domain.clearinghouse.Connection;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.Violations;
import org.openbilling.dynamodb.audit.AuditLog;
import org.openbilling.dynamodb.clearinghouse.ConnectionRepository;
import org.openbilling.dynamodb.practice.PracticeClock;

/**
 * An admin sets and reads the practice's clearinghouse connection. The password or private key goes to the secret
 * store and nowhere else: the connection keeps only its kind and when it was set, and no answer carries it.
 */
@ApplicationScoped
public class ConnectionService {
    static final String DEFAULT_PATTERN = "{submitter}_{control}_{date}{time}.837";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9._/ -]{1,200}");
    private static final Pattern NAME_PATTERN = Pattern.compile("([A-Za-z0-9._-]|\\{(submitter|control|submission|date|time)\\})+");

    private final ConnectionRepository connections;
    private final SecretStore secrets;
    private final PracticeClock clock;
    private final AuditLog audit;

    public ConnectionService(ConnectionRepository connections, SecretStore secrets, PracticeClock clock, AuditLog audit) {
        this.connections = connections;
        this.secrets = secrets;
        this.clock = clock;
        this.audit = audit;
    }

    static String secretName(PracticeId practice) {
        return "clearinghouse/" + practice.value();
    }

    public Connection get(PracticeId practice) {
        return connections.find(practice)
                .orElseThrow(() -> new NotFoundException("clearinghouse connection", practice.value()));
    }

    /** Creates or replaces the connection; 201 semantics are the resource's (created when the answer's version is 1). */
    public Connection put(PracticeId practice, Requests.ClearinghouseConnection in, String actor) {
        Violations v = new Violations();
        if (in == null) {
            v.add("required", "", "a connection is required");
            v.throwIfAny();
        }
        Optional<Connection> current = connections.find(practice);
        String host = text(v, "host", in.host(), HOST, "clearinghouse-host-format", "a host name or IP address");
        int port = in.port() == null ? 22 : in.port();
        if (port < 1 || port > 65535) {
            v.add("port-out-of-range", "port", "the port is 1-65535");
        }
        String user = text(v, "user", in.user(), USER, "clearinghouse-user-format", "up to 64 letters, digits, . _ @ -");
        String outgoing = folder(v, "outgoingFolder", in.outgoingFolder());
        String incoming = folder(v, "incomingFolder", in.incomingFolder());
        String pattern = in.fileNamePattern() == null || in.fileNamePattern().isBlank() ? DEFAULT_PATTERN
                : in.fileNamePattern().strip();
        if (pattern.length() > 120 || !NAME_PATTERN.matcher(pattern).matches()
                || !(pattern.contains("{control}") || pattern.contains("{submission}"))) {
            v.add("clearinghouse-file-name-pattern", "fileNamePattern", "letters, digits, . _ - and {submitter} {control}"
                    + " {submission} {date} {time}, with {control} or {submission} so that every batch has its own name");
        }
        Connection.Environment environment = null;
        if (in.environment() == null) {
            v.add("required", "environment", "TEST or PRODUCTION is required");
        } else {
            try {
                environment = Connection.Environment.valueOf(in.environment().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("enum-value", "environment", "TEST or PRODUCTION");
            }
        }
        PinnedHostKey pin = null;
        if (in.hostKey() == null || in.hostKey().isBlank()) {
            v.add("required", "hostKey", "the server's public key (as ssh-keyscan prints it) or its SHA256 fingerprint,"
                    + " confirmed with the clearinghouse");
        } else {
            try {
                pin = PinnedHostKey.parse(in.hostKey());
            } catch (IllegalArgumentException e) {
                v.add("clearinghouse-host-key-format", "hostKey", e.getMessage());
            }
        }
        Credential credential = credential(v, in, current.isEmpty());
        v.throwIfAny();

        Instant now = clock.now();
        if (credential != null) {
            // the secret is stored before the connection that names it, so no saved connection lacks its secret
            secrets.put(secretName(practice), CredentialCodec.encode(credential));
        }
        boolean enabled = in.enabled() == null || in.enabled();
        Connection before = current.orElse(null);
        long version = in.expectedVersion() != null ? in.expectedVersion() : before == null ? 0 : before.version();
        Instant activeSince = before != null && before.enabled() && enabled ? before.activeSince() : enabled ? now : null;
        String kind = credential != null ? credential.kind() : before.credentialKind();
        Instant setAt = credential != null ? now : before.credentialSetAt();
        // an admin's change starts afresh: a stopped connection runs again with what the admin set
        Connection c = new Connection(practice, host, port, user, kind, setAt, pin.text(), pin.fingerprint(), outgoing,
                incoming, pattern, environment, enabled, activeSince, Connection.Health.fresh(), version);
        Connection saved = connections.save(c);
        audit.changed(practice, "clearinghouse-connection", practice.value(), saved.version(),
                "CLEARINGHOUSE_CONNECTION_SET", actor, now);
        return saved;
    }

    private static Credential credential(Violations v, Requests.ClearinghouseConnection in, boolean isNew) {
        boolean password = in.password() != null && !in.password().isEmpty();
        boolean key = in.privateKey() != null && !in.privateKey().isBlank();
        if (password && key) {
            v.add("clearinghouse-credential-conflict", "privateKey", "give a password or a private key, not both");
            return null;
        }
        if (!password && !key) {
            if (isNew) {
                v.add("clearinghouse-credential-required", "password", "a password or a private key is required");
            }
            return null;
        }
        if (password) {
            if (in.password().length() > 256) {
                v.add("text-too-long", "password", "at most 256 characters");
                return null;
            }
            return new Credential.Password(in.password());
        }
        try {
            Credential.PrivateKey k = new Credential.PrivateKey(in.privateKey(), in.passphrase());
            SftpMailbox.checkKey(k);
            return k;
        } catch (IllegalArgumentException | MailboxException e) {
            v.add("clearinghouse-private-key-format", "privateKey", "an OpenSSH or PEM private key (with its passphrase"
                    + " if it has one) is required");
            return null;
        }
    }

    private static String text(Violations v, String field, String value, Pattern format, String rule, String what) {
        if (value == null || value.isBlank()) {
            v.add("required", field, field + " is required");
            return null;
        }
        String t = value.strip();
        if (!format.matcher(t).matches()) {
            v.add(rule, field, field + " must be " + what);
            return null;
        }
        return t;
    }

    private static String folder(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add("required", field, field + " is required (\".\" for the folder the user signs in to)");
            return null;
        }
        String t = value.strip();
        if (!FOLDER.matcher(t).matches() || t.contains("..")) {
            v.add("clearinghouse-folder-format", field, "a folder path of letters, digits, . _ - / and spaces, without ..");
            return null;
        }
        return t;
    }
}

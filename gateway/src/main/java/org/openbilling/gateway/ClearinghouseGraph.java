package org.openbilling.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.openbilling.contract.ConnectionAnswer;
import org.openbilling.contract.ExchangedFileAnswer;
import org.openbilling.contract.Requests;
import org.openbilling.contract.mapping.ClearinghouseAnswers;
import org.openbilling.domain.clearinghouse.Connection;
import org.openbilling.domain.clearinghouse.ExchangedFile;
import org.openbilling.dynamodb.Page;
import org.openbilling.dynamodb.clearinghouse.ConnectionRepository;
import org.openbilling.dynamodb.clearinghouse.ExchangedFileRepository;
import org.openbilling.gateway.functions.Functions;
import org.openbilling.gateway.types.Views;
import org.openbilling.web.Caller;

/**
 * The practice's clearinghouse: its connection (admins; read from the table, set through claim-status, never with
 * the secret in an answer), the files sent and received (read from the files index), and a download address for
 * one file (from claim-status, which audits the read and signs the address).
 */
@GraphQLApi
@ApplicationScoped
public class ClearinghouseGraph {
    @Inject
    Caller caller;

    private final ConnectionRepository connections;
    private final ExchangedFileRepository files;
    private final Functions functions;

    public ClearinghouseGraph(ConnectionRepository connections, ExchangedFileRepository files, Functions functions) {
        this.connections = connections;
        this.files = files;
        this.functions = functions;
    }

    @Name("ClearinghouseEnvironment")
    public enum Environment { TEST, PRODUCTION }

    @Name("ExchangedFileStatus")
    public enum FileStatus { SENT, RECEIVED, PROCESSED, QUARANTINED }

    @Name("ClearinghouseCredential")
    @Description("How the platform signs in (PASSWORD or KEY) and when it was set; the secret itself is never answered.")
    public record CredentialView(String kind, Instant setAt) {
    }

    @Name("ClearinghouseHealth")
    @Description("The last run: NEW, OK, RETRYING (the next run tries again) or STOPPED (an admin must change the connection), with the rule and detail.")
    public record HealthView(String status, String rule, String detail, Instant at, Instant lastSuccessAt) {
    }

    @Name("ClearinghouseConnection")
    public record ConnectionView(String host, int port, String user, CredentialView credential, String hostKey,
                                 String hostKeyFingerprint, String outgoingFolder, String incomingFolder,
                                 String fileNamePattern, Environment environment, boolean enabled,
                                 Instant activeSince, HealthView health, int version) {
        /** A connection read from the table: shown as its public answer, the same one the function gives. */
        static ConnectionView of(Connection c) {
            return of(ClearinghouseAnswers.of(c));
        }

        static ConnectionView of(ConnectionAnswer c) {
            ConnectionAnswer.Health h = c.health();
            return new ConnectionView(c.host(), c.port(), c.user(), new CredentialView(c.credential().kind(),
                    c.credential().setAt()), c.hostKey(), c.hostKeyFingerprint(), c.outgoingFolder(),
                    c.incomingFolder(), c.fileNamePattern(), Environment.valueOf(c.environment()), c.enabled(),
                    c.activeSince(), new HealthView(h.status(), h.rule(), h.detail(), h.at(), h.lastSuccessAt()),
                    (int) c.version());
        }
    }

    @Name("ClearinghouseConnectionInput")
    @Description("A connection: password or privateKey (with passphrase) are write-only; leave both out to keep the stored one.")
    public record ConnectionInput(@NonNull String host, Integer port, @NonNull String user, String password,
                                  String privateKey, String passphrase, @NonNull String hostKey,
                                  @NonNull String outgoingFolder, @NonNull String incomingFolder,
                                  String fileNamePattern, @NonNull Environment environment, Boolean enabled,
                                  Integer expectedVersion) {
        /** The REST body of PUT /clearinghouse/connection, field for field. */
        Requests.ClearinghouseConnection toRequest() {
            return new Requests.ClearinghouseConnection(host, port, user, password, privateKey, passphrase, hostKey,
                    outgoingFolder, incomingFolder, fileNamePattern, environment == null ? null : environment.name(),
                    enabled, expectedVersion == null ? null : expectedVersion.longValue());
        }

        /** Without the secrets, as the REST body's. */
        @Override
        public String toString() {
            return toRequest().toString();
        }
    }

    @Name("ExchangedFile")
    public record FileView(@Id String id, String direction, FileStatus status, String kind, String remoteName,
                           int size, String sha256, String submissionId, Instant exchangedAt, Instant processedAt,
                           String outcome, String rule, String reason, int version) {
        /** A file read from the table: shown as its public answer, the same one the function gives. */
        static FileView of(ExchangedFile f) {
            ExchangedFileAnswer a = ClearinghouseAnswers.of(f);
            return new FileView(a.id(), a.direction(), FileStatus.valueOf(a.status()), a.kind(), a.remoteName(),
                    Math.toIntExact(a.size()), a.sha256(), a.submissionId(), a.exchangedAt(), a.processedAt(),
                    a.outcome(), a.rule(), a.reason(), (int) a.version());
        }
    }

    @Name("ExchangedFileEdge")
    public record FileEdge(String cursor, FileView node) {
    }

    @Name("ExchangedFileConnection")
    public record FileConnection(List<FileEdge> edges, Views.PageInfo pageInfo, int count) {
    }

    @Name("FileDownload")
    @Description("A short-lived address that downloads the archived file as it was exchanged.")
    public record FileDownload(String url, Instant expiresAt, String fileName) {
        static FileDownload of(ExchangedFileAnswer.Download d) {
            return new FileDownload(d.url(), d.expiresAt(), d.fileName());
        }
    }

    @Query("clearinghouseConnection")
    @Description("The practice's clearinghouse connection, without its secret (admins); null when none is set.")
    public ConnectionView clearinghouseConnection() {
        return connections.find(caller.practice()).map(ConnectionView::of).orElse(null);
    }

    @Mutation("setClearinghouseConnection")
    @Description("Sets the practice's clearinghouse connection (claim-status's PUT /clearinghouse/connection, admins).")
    public @NonNull ConnectionView setClearinghouseConnection(@NonNull ConnectionInput connection) {
        Requests.ClearinghouseConnection body = connection.toRequest();
        return ConnectionView.of(functions.<ConnectionAnswer>claimStatus(api ->
                api.putClearinghouseConnection(functions.auth(), body)));
    }

    @Query("exchangedFiles")
    @Description("Files sent to and received from the clearinghouse, newest first, optionally of one status.")
    public @NonNull FileConnection exchangedFiles(FileStatus status, Integer first, String after) {
        int n = Views.first(first);
        Page<ExchangedFile> page = ClaimsGraph.cursorSafe(() -> files.page(caller.practice(),
                status == null ? null : ExchangedFile.Status.valueOf(status.name()), n, after));
        List<FileEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new FileEdge(page.cursors().get(i), FileView.of(page.items().get(i))));
        }
        return new FileConnection(edges, new Views.PageInfo(page.hasNext(), page.endCursor()), edges.size());
    }

    @Query("exchangedFile")
    @Description("One exchanged file of the practice, or null.")
    public FileView exchangedFile(@NonNull @Id String id) {
        return files.find(caller.practice(), id).map(FileView::of).orElse(null);
    }

    @Query("exchangedFileDownload")
    @Description("A download address for one exchanged file, valid a few minutes (claim-status audits the read).")
    public @NonNull FileDownload exchangedFileDownload(@NonNull @Id String id) {
        return FileDownload.of(functions.claimStatus(api -> api.exchangedFileDownload(functions.auth(), id)));
    }
}

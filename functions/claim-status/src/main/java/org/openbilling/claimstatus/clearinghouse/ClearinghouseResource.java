package org.openbilling.claimstatus.clearinghouse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.openbilling.claimstatus.SubmissionsResource;
import org.openbilling.clearinghouse.archive.FileArchive;
import org.openbilling.contract.ConnectionAnswer;
import org.openbilling.contract.ExchangedFileAnswer;
import org.openbilling.contract.Requests;
import org.openbilling.contract.mapping.ClearinghouseAnswers;
import org.openbilling.domain.clearinghouse.Connection;
import org.openbilling.domain.clearinghouse.ExchangedFile;
import org.openbilling.domain.common.NotFoundException;
import org.openbilling.domain.common.RuleViolationException;
import org.openbilling.dynamodb.Page;
import org.openbilling.dynamodb.clearinghouse.ExchangedFileRepository;
import org.openbilling.dynamodb.audit.Audit;
import org.openbilling.web.Caller;
import org.openbilling.dynamodb.practice.PracticeClock;
import org.openbilling.web.Roles;

/**
 * The practice's clearinghouse: its connection (admins only; the secret is write-only), a run on demand, and the
 * files sent and received with their status, each downloadable as archived.
 */
@Tag(name = "Clearinghouse", description = "The practice's SFTP clearinghouse connection and the files exchanged")
@Path("/clearinghouse")
public class ClearinghouseResource {
    private static final java.util.regex.Pattern FILE_ID = java.util.regex.Pattern.compile("(in|out)-[A-Za-z0-9-]{1,80}");
    private final ConnectionService connections;
    private final ClearinghouseRuns runs;
    private final ExchangedFileRepository files;
    private final FileArchive archive;
    private final Caller caller;
    private final Audit audit;
    private final PracticeClock clock;
    private final ClearinghouseConfig config;

    public ClearinghouseResource(ConnectionService connections, ClearinghouseRuns runs, ExchangedFileRepository files,
                                 FileArchive archive, Caller caller, Audit audit, PracticeClock clock,
                                 ClearinghouseConfig config) {
        this.connections = connections;
        this.runs = runs;
        this.files = files;
        this.archive = archive;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    @GET
    @Path("/connection")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getClearinghouseConnection", summary = "The practice's clearinghouse SFTP connection (secrets never answered)")
    public ConnectionAnswer connection() {
        return ClearinghouseAnswers.of(connections.get(caller.practice()));
    }

    @PUT
    @Path("/connection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putClearinghouseConnection", summary = "Sets the practice's clearinghouse SFTP connection (admins)")
    @APIResponse(responseCode = "201", description = "the first connection", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConnectionAnswer.class)))
    @APIResponse(responseCode = "200", description = "the changed connection", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConnectionAnswer.class)))
    public Response putConnection(Requests.ClearinghouseConnection input) {
        Connection saved = connections.put(caller.practice(), input, caller.actor());
        return Response.status(saved.version() == 1 ? 201 : 200).entity(ClearinghouseAnswers.of(saved)).build();
    }

    /** Runs the caller's practice now (the schedule does the same for every practice). */
    @POST
    @Path("/runs")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runClearinghouse", summary = "Exchanges files with the practice's clearinghouse now: sends waiting batches, fetches answers")
    public ClearinghouseRuns.PracticeRun runNow() {
        return runs.run(caller.practice());
    }

    @GET
    @Path("/files")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "listExchangedFiles", summary = "Files exchanged with the clearinghouse, newest first, optionally of one status")
    public ExchangedFileAnswer.Page list(@QueryParam("status") String status, @QueryParam("first") Integer first,
                         @QueryParam("after") String after) {
        ExchangedFile.Status s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = ExchangedFile.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("enum-value", "status", "SENT, RECEIVED, PROCESSED or QUARANTINED");
            }
        }
        int n = first == null ? 20 : first;
        if (n < 1 || n > 100) {
            throw new RuleViolationException("first-out-of-range", "first", "first is from 1 to 100");
        }
        Page<ExchangedFile> page = files.page(caller.practice(), s, n, after);
        return new ExchangedFileAnswer.Page(page.items().stream().map(ClearinghouseAnswers::of).toList(), page.cursors(), page.hasNext(),
                page.endCursor());
    }

    @GET
    @Path("/files/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "getExchangedFile", summary = "One exchanged file by id")
    public ExchangedFileAnswer file(@PathParam("id") String id) {
        return ClearinghouseAnswers.of(find(id));
    }

    /** The archived file itself, streamed (no size limit on plain HTTP; on Lambda use {@code /download}). */
    @GET
    @Path("/files/{id}/content")
    @Produces(SubmissionsResource.EDI_X12)
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "getExchangedFileContent", summary = "The content of one exchanged file (X12)")
    @APIResponse(responseCode = "200", description = "the file as exchanged")
    public Response content(@PathParam("id") String id) {
        ExchangedFile f = find(id);
        // the files carry patient data: reading one is audited like reading a claim
        audit.read("exchanged-file", f.id(), f.version(), true);
        StreamingOutput body = out -> {
            try (InputStream in = archive.open(f.archiveKey())) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, SubmissionsResource.EDI_X12)
                .header("Content-Disposition", "attachment; filename=\"" + safeName(f) + "\"").build();
    }

    /** A download address valid for a few minutes, for files too large for one API answer (a 50 MB 835). */
    @GET
    @Path("/files/{id}/download")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLER, Roles.ANALYST, Roles.ADMIN})
    @Operation(operationId = "getExchangedFileDownload", summary = "A download address for one exchanged file, valid a few minutes")
    public ExchangedFileAnswer.Download download(@PathParam("id") String id) {
        ExchangedFile f = find(id);
        audit.read("exchanged-file", f.id(), f.version(), true);
        Instant expires = clock.now().plus(config.downloadUrlTtl());
        return new ExchangedFileAnswer.Download(archive.downloadUrl(f.archiveKey(), safeName(f), config.downloadUrlTtl()).toString(),
                expires, safeName(f));
    }

    private ExchangedFile find(String id) {
        if (id == null || !FILE_ID.matcher(id).matches()) {
            throw new NotFoundException("exchanged file", String.valueOf(id));
        }
        return files.find(caller.practice(), id).orElseThrow(() -> new NotFoundException("exchanged file", id));
    }

    private static String safeName(ExchangedFile f) {
        String n = f.remoteName() == null ? f.id() + ".x12" : f.remoteName();
        return n.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}

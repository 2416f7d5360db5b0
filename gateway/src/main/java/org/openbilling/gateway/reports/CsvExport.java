package org.openbilling.gateway.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.openbilling.domain.common.RuleViolationException;

/**
 * The one code path of every CSV export: a header row, then one row per item of a lazily paged stream.
 *
 * <p>Without {@code billing.reports.max-bytes} the rows stream to the client as the pages are read, so memory holds
 * one page whatever the size. With it (Lambda, whose response is one JSON document of at most 6 MB) the export is
 * written into a buffer first and reading stops as soon as the limit is passed: the answer is then 422
 * {@code export-too-large} and no partial file is ever sent, because a truncated CSV looks like a complete one.
 * A failure while streaming (the limit-free case) aborts the connection instead of ending the file, for the same
 * reason.
 */
@ApplicationScoped
public class CsvExport {
    static final String RULE_TOO_LARGE = "export-too-large";
    private static final Logger LOG = Logger.getLogger(CsvExport.class);
    private final Long maxBytes;

    public CsvExport(ReportsConfig config) {
        this.maxBytes = config.maxBytes().filter(n -> n > 0).orElse(null);
    }

    /** The export as an HTTP answer; {@code rows} is opened (and closed) once, when the body is written. */
    public <T> Response export(String fileName, List<CsvColumn<T>> columns, Supplier<Stream<T>> rows) {
        Response.ResponseBuilder ok = Response.ok().type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store");
        if (maxBytes == null) {
            StreamingOutput body = out -> write(out, Long.MAX_VALUE, columns, rows);
            return ok.entity(body).build();
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        try {
            write(buffer, maxBytes, columns, rows);
        } catch (TooLarge e) {
            LOG.infof("an export passed %d bytes and was refused", maxBytes);
            throw new RuleViolationException(RULE_TOO_LARGE, "", "the export would be larger than " + maxBytes
                    + " bytes, the most one answer can carry: narrow the filter (payerId, statuses, minAgeDays) "
                    + "and export the parts one by one");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ok.entity(buffer.toByteArray()).build();
    }

    private static <T> void write(OutputStream out, long limit, List<CsvColumn<T>> columns, Supplier<Stream<T>> rows)
            throws IOException {
        Counter counter = new Counter(out, limit);
        counter.write(Csv.row(columns.stream().map(CsvColumn::header).toList()));
        long n = 0;
        try (Stream<T> items = rows.get()) {
            for (var it = items.iterator(); it.hasNext(); ) {
                T item = it.next();
                counter.write(Csv.row(columns.stream().map(c -> c.value().apply(item)).toList()));
                n++;
            }
        }
        out.flush();
        LOG.debugf("an export wrote %d rows, %d bytes", n, counter.size);
    }

    /** Writes rows and counts their size as Lambda's JSON response will carry them; refuses to pass the limit. */
    private static final class Counter {
        private final OutputStream out;
        private final long limit;
        private long size;

        Counter(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        void write(String row) throws IOException {
            byte[] bytes = row.getBytes(StandardCharsets.UTF_8);
            size += bytes.length + escapes(row);
            if (size > limit) {
                throw new TooLarge();
            }
            out.write(bytes);
        }

        /** Extra bytes a JSON string needs for this text: one per quote, backslash, tab or line break, five per other control character. */
        static long escapes(String s) {
            long extra = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t') {
                    extra++;
                } else if (c < 0x20) {
                    extra += 5;
                }
            }
            return extra;
        }
    }

    /** The export passed the limit. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("export too large", null);
        }
    }
}

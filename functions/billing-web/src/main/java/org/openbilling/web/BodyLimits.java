package org.openbilling.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Bodies are held to limits below the HTTP server's ({@link ServerBodyLimit}): a JSON request larger than
 * {@code billing.limits.json-bytes} (1 MB) and an X12 or text body larger than {@code billing.x12.max-bytes} (5 MB,
 * Lambda's payload limit less the event's envelope) are refused with 413 problem+json {@code body-too-large}. What
 * counts is what is read: a declared length over the limit is refused before the body is read, and a body sent
 * without one (chunked) is counted as it is read and refused the moment it passes the limit, before the resource
 * sees any of it as a value.
 */
public class BodyLimits {
    private final long jsonLimit;
    private final long x12Limit;

    public BodyLimits(@ConfigProperty(name = "billing.limits.json-bytes", defaultValue = "1048576") long jsonLimit,
                      @ConfigProperty(name = "billing.x12.max-bytes", defaultValue = "5242880") long x12Limit) {
        this.jsonLimit = jsonLimit;
        this.x12Limit = x12Limit;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null) {
            return null;
        }
        boolean json = type.getSubtype().endsWith("json");
        if (!json && !isX12(type)) {
            return null;
        }
        long limit = json ? jsonLimit : x12Limit;
        int length = request.getLength();
        if (length > limit) {
            return tooLarge(json, limit);
        }
        if (length < 0) {
            request.setEntityStream(new Counted(request.getEntityStream(), limit, json));
        }
        return null;
    }

    /** Throws a 413 problem when an X12 body read without a declared length is over the limit. */
    public static void checkX12(byte[] body, long limit) {
        if (body != null && body.length > limit) {
            throw new WebApplicationException(tooLarge(false, limit));
        }
    }

    static boolean isX12(MediaType type) {
        return ("application".equals(type.getType()) && "edi-x12".equals(type.getSubtype()))
                || ("text".equals(type.getType()) && "plain".equals(type.getSubtype()));
    }

    private static Response tooLarge(boolean json, long limit) {
        return Problem.of(413, ServerBodyLimit.RULE, "", (json ? "a JSON body" : "an X12 body") + " is at most " + limit
                + " bytes").toResponse();
    }

    /** A body stream that refuses to pass {@code limit} bytes: the reader gets the 413, never a truncated value. */
    static final class Counted extends FilterInputStream {
        private final long limit;
        private final boolean json;
        private long read;

        Counted(InputStream in, long limit, boolean json) {
            super(in);
            this.limit = limit;
            this.json = json;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(json, limit);
            }
        }
    }

    /**
     * A body read past its limit. An IOException, because that is what a body reader passes on as it is (Jackson
     * wraps other exceptions into a mapping error); {@link ProblemMappers} answers it 413.
     */
    public static final class TooLarge extends IOException {
        private final transient Response response;

        TooLarge(boolean json, long limit) {
            super("body too large", null);
            this.response = tooLarge(json, limit);
        }

        public Response response() {
            return response;
        }
    }
}

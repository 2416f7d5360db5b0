package org.openbilling.gateway.reports;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Settings of the CSV exports. */
@ConfigMapping(prefix = "billing.reports")
public interface ReportsConfig {
    /**
     * The largest export answered, in bytes as the body travels inside Lambda's JSON response (a quote, backslash,
     * tab or line break counts twice). Unset (plain HTTP): no limit, and the rows stream as they are read. Set
     * (Lambda: 6 MB per response): the export is built up to this size before anything is sent, and a larger one is
     * refused with 422 {@code export-too-large}.
     */
    Optional<Long> maxBytes();
}

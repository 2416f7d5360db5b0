package org.openbilling.domain.workqueue;

import java.time.Instant;

/** A person's note on a work item. */
public record WorkItemNote(Instant at, String author, String text) {
}

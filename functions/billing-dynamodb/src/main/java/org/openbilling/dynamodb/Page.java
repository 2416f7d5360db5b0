package org.openbilling.dynamodb;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with an opaque cursor for each item; {@code hasNext} says whether more follow. */
public record Page<T>(List<T> items, List<String> cursors, boolean hasNext) {
    public Page {
        items = List.copyOf(items);
        cursors = List.copyOf(cursors);
        if (items.size() != cursors.size()) {
            throw new IllegalArgumentException("one cursor per item");
        }
    }

    /** The cursor to continue after this page, or null when it is empty. */
    public String endCursor() {
        return cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), cursors, hasNext);
    }
}

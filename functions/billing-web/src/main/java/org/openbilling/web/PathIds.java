package org.openbilling.web;

import java.util.function.Function;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.NotFoundException;

/** Ids taken from a URL path: one that cannot exist is simply not found (404), like another practice's. */
public final class PathIds {
    private PathIds() {
    }

    public static <T> T parse(String kind, String raw, Function<String, T> id) {
        try {
            return id.apply(raw);
        } catch (InvalidValueException e) {
            throw new NotFoundException(kind, "?");
        }
    }
}

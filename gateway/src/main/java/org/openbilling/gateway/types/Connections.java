package org.openbilling.gateway.types;

import io.smallrye.graphql.api.Deprecated;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.openbilling.dynamodb.Page;

/** Relay-style connections: edges with opaque cursors, and page info. */
public final class Connections {
    private Connections() {
    }

    @Name("ClaimEdge")
    public record ClaimEdge(String cursor, ClaimView node) {
    }

    @Name("ClaimConnection")
    public record ClaimConnection(List<ClaimEdge> edges, Views.PageInfo pageInfo,
                                  @Description(Views.EDGE_COUNT) int edgeCount,
                                  @Deprecated(reason = Views.COUNT_DEPRECATED) @Description(Views.COUNT) int count) {
    }

    @Name("EncounterEdge")
    public record EncounterEdge(String cursor, EncounterView node) {
    }

    @Name("EncounterConnection")
    public record EncounterConnection(List<EncounterEdge> edges, Views.PageInfo pageInfo,
                                      @Description(Views.EDGE_COUNT) int edgeCount,
                                      @Deprecated(reason = Views.COUNT_DEPRECATED) @Description(Views.COUNT) int count) {
    }

    public static <T> ClaimConnection claims(Page<T> page, Function<T, ClaimView> view) {
        List<ClaimEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new ClaimEdge(page.cursors().get(i), view.apply(page.items().get(i))));
        }
        return new ClaimConnection(edges, new Views.PageInfo(page.hasNext(), page.endCursor()), edges.size(), edges.size());
    }

    public static <T> EncounterConnection encounters(Page<T> page, Function<T, EncounterView> view) {
        List<EncounterEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new EncounterEdge(page.cursors().get(i), view.apply(page.items().get(i))));
        }
        return new EncounterConnection(edges, new Views.PageInfo(page.hasNext(), page.endCursor()), edges.size(),
                edges.size());
    }
}

package org.openbilling.domain.workqueue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a denial means and what to do about it, from the documented table {@code denial-actions.psv} (keyed by group
 * code, CARC and RARC, with its sources). A change of guidance is a data change plus a test, not a code change.
 */
public final class DenialActions {
    private static final DenialActions DEFAULT = new DenialActions(DataFile.rows("denial-actions.psv", 8));
    private final Map<String, Rule> rules = new HashMap<>();

    /** One row: the category (NONE: no item), the action code and words, whether it is about coding, the source. */
    public record Rule(String category, String action, String actionText, boolean coding, String source) {
        public boolean makesItem() {
            return !"NONE".equals(category);
        }
    }

    private DenialActions(List<String[]> rows) {
        for (String[] r : rows) {
            rules.put(key(r[0], r[1], r[2]), new Rule(r[3], r[4], r[6], Boolean.parseBoolean(r[5]), r[7]));
        }
        if (!rules.containsKey(key("*", "*", "*"))) {
            throw new IllegalStateException("denial-actions.psv has no default row");
        }
    }

    public static DenialActions table() {
        return DEFAULT;
    }

    /**
     * The rule for one adjustment: the most specific row for its group and CARC with any of the remarks, then without
     * a remark, then for any group; the default row when nothing names the CARC.
     */
    public Rule classify(String group, String carc, List<String> rarcs) {
        String g = group == null ? "" : group.strip().toUpperCase(java.util.Locale.ROOT);
        String c = carc == null ? "" : carc.strip().toUpperCase(java.util.Locale.ROOT);
        for (String groupKey : new String[] {g, "*"}) {
            for (String rarc : rarcs) {
                Rule r = rules.get(key(groupKey, c, rarc.strip().toUpperCase(java.util.Locale.ROOT)));
                if (r != null) {
                    return r;
                }
            }
            Rule r = rules.get(key(groupKey, c, "*"));
            if (r != null) {
                return r;
            }
        }
        return rules.get(key("*", "*", "*"));
    }

    /** The first adjustment (group, CARC) of a denial that makes an item, with its rule; empty when none does. */
    public Optional<Map.Entry<String, Rule>> first(List<String[]> groupAndCarc, List<String> rarcs) {
        for (String[] gc : groupAndCarc) {
            Rule r = classify(gc[0], gc[1], rarcs);
            if (r.makesItem()) {
                return Optional.of(Map.entry(gc[0] + "-" + gc[1], r));
            }
        }
        return Optional.empty();
    }

    private static String key(String group, String carc, String rarc) {
        return group + "|" + carc + "|" + rarc;
    }
}

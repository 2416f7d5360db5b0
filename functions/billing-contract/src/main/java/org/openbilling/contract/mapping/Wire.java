package org.openbilling.contract.mapping;

import java.util.List;
import java.util.function.Function;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.StringValue;

/** Value conversions every mapper shares: ids and codes as their text, money as a two-decimal string. */
final class Wire {
    private Wire() {
    }

    static String money(Money m) {
        return m == null ? null : m.toString();
    }

    static String text(StringValue v) {
        return v == null ? null : v.value();
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static <T, R> List<R> each(List<T> list, Function<T, R> map) {
        return list == null ? List.of() : list.stream().map(map).toList();
    }
}

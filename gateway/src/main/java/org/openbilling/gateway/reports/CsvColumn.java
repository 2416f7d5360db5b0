package org.openbilling.gateway.reports;

import java.util.function.Function;

/** One column of an export: its header and how a row's value is read (written with {@link Csv#cell}). */
public record CsvColumn<T>(String header, Function<T, Object> value) {
    public static <T> CsvColumn<T> of(String header, Function<T, Object> value) {
        return new CsvColumn<>(header, value);
    }
}

package org.openbilling.domain.common;

/** A typed value that is written as a plain string on the wire (ids, NPIs, codes). */
public interface StringValue {
    String value();
}

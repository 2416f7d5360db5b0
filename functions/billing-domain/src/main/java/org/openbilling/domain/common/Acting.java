package org.openbilling.domain.common;

/**
 * Who does the work at hand and for which practice: the authenticated caller of a request in the apps. Histories and
 * audit entries name {@link #actor()}; every read and write is scoped to {@link #practice()}.
 */
public interface Acting {
    PracticeId practice();

    String actor();
}

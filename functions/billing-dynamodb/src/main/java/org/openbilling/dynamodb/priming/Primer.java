package org.openbilling.dynamodb.priming;

/**
 * One piece of work an app's first request would otherwise do cold (class loading, schema building, the DynamoDB
 * client's first call, the code sets), done once at start-up by {@link Priming} instead. A primer must not store
 * anything, must not depend on a caller, and must not log patient data.
 */
public interface Primer {
    void prime() throws Exception;
}

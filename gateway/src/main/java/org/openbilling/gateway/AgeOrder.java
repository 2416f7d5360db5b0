package org.openbilling.gateway;

/** Order of aged lists: oldest first (the default for work queues) or newest first. */
public enum AgeOrder { OLDEST_FIRST, NEWEST_FIRST }

package org.openbilling.domain.encounter;

/** OPEN until coded with at least one diagnosis and one procedure; BILLED once a claim or invoice was made from it. */
public enum EncounterStatus { OPEN, CODED, BILLED }

package org.openbilling.domain.codes;

/**
 * One search result: the code, valid on the date searched, and why it matched ({@code matchedBy}: the Index path
 * as a coder reads it, "Infarct, infarction, myocardium, myocardial (acute)", with the cross-reference followed and
 * any abbreviation expanded) and from where ({@code source}: "Index", "Table of Drugs and Chemicals",
 * "Tabular List inclusion term", "code", ...).
 */
public record CodeMatch(Code code, String matchedBy, String source) {
}

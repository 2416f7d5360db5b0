package org.openbilling.domain.codes;

/** A 7th character a category requires, and what it means ({@code A}: initial encounter for closed fracture). */
public record SeventhCharacter(String character, String meaning) {
}

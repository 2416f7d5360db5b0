package org.openbilling.web;

/** The roles a token may carry (CONTRACT.md "Who may call"). */
public final class Roles {
    public static final String CODER = "coder";
    public static final String BILLER = "biller";
    public static final String ANALYST = "analyst";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}

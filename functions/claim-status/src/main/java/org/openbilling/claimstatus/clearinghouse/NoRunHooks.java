package org.openbilling.claimstatus.clearinghouse;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** The production hooks: nothing happens between the steps. */
@DefaultBean
@ApplicationScoped
public class NoRunHooks implements RunHooks {
}

package org.openbilling.claimstatus;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** The production hooks: nothing happens between the steps. */
@DefaultBean
@ApplicationScoped
public class NoPostingHooks implements PostingHooks {
    @Override
    public void claimPosted() {
    }
}

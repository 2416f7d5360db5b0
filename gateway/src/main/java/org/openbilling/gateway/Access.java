package org.openbilling.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import org.jboss.logging.Logger;
import org.openbilling.web.Caller;

/**
 * Role checks for GraphQL fields. Explicit rather than {@code @RolesAllowed}, because a refused field must come
 * back as a GraphQL error with {@code extensions.code = forbidden}, like every other rule, not as a system error.
 */
@ApplicationScoped
public class Access {
    private static final Logger LOG = Logger.getLogger(Access.class);
    private final Caller caller;

    public Access(Caller caller) {
        this.caller = caller;
    }

    public void require(String... roles) {
        if (Arrays.stream(roles).noneMatch(caller::hasRole)) {
            LOG.info("a caller lacked the role for a GraphQL field");
            throw new GatewayError("forbidden", "", "your role may not do this");
        }
    }
}

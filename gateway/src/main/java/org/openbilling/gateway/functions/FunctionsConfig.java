package org.openbilling.gateway.functions;

import io.smallrye.config.ConfigMapping;
import java.net.URI;

/** Where the functions answer: the local ports in the local run, the HTTP API's URL in AWS. */
@ConfigMapping(prefix = "billing.functions")
public interface FunctionsConfig {
    Endpoint codeValidation();

    Endpoint claimCreation();

    Endpoint claimStatus();

    interface Endpoint {
        URI url();
    }
}

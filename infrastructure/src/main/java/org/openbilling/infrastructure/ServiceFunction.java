package org.openbilling.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The four deployable Lambda functions: where their code is built and under which name they are deployed. */
public enum ServiceFunction {
    CODE_VALIDATION("code-validation", "functions/code-validation-lambda", true),
    CLAIM_CREATION("claim-creation", "functions/claim-creation-lambda", true),
    CLAIM_STATUS("claim-status", "functions/claim-status-lambda", true),
    /** The GraphQL gateway; its OpenAPI document is not published (its contract is the GraphQL schema). */
    GATEWAY("gateway", "gateway/lambda", false);

    private final String id;
    private final String moduleDir;
    private final boolean publishesOpenApi;

    ServiceFunction(String id, String moduleDir, boolean publishesOpenApi) {
        this.id = id;
        this.moduleDir = moduleDir;
        this.publishesOpenApi = publishesOpenApi;
    }

    /** The short kebab-case name used in function names, log groups and the OpenAPI prefix. */
    public String id() {
        return id;
    }

    /** The Maven module that builds the function, relative to the project root. */
    public String moduleDir() {
        return moduleDir;
    }

    /** The deployment package, relative to the project root (the quarkus-amazon-lambda build writes it). */
    public String zipPath() {
        return moduleDir + "/target/function.zip";
    }

    /** The public path of the function's OpenAPI document, or null for the gateway. */
    public String openApiPath() {
        return publishesOpenApi ? "/openapi/" + id : null;
    }

    /** The command that builds the missing zip, for the fail-fast message. */
    public String buildCommand() {
        return "./mvnw -B package -DskipTests -pl " + moduleDir + " -am";
    }

    /**
     * Resolves every function's zip under the project root; fails fast, naming each missing zip and the command
     * that builds it, because a stack synthesized without its code cannot be deployed.
     */
    public static List<Path> requireZips(Path projectRoot) {
        List<Path> zips = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ServiceFunction function : values()) {
            Path zip = projectRoot.resolve(function.zipPath()).normalize();
            if (Files.isRegularFile(zip)) {
                zips.add(zip);
            } else {
                missing.add("  " + zip + "  (build it: " + function.buildCommand() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing function deployment package(s); run the command(s) from the"
                    + " project root, or build them all with ./mvnw -B package -DskipTests:\n"
                    + String.join("\n", missing));
        }
        return zips;
    }
}

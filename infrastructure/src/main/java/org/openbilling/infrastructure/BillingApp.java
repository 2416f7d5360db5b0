package org.openbilling.infrastructure;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

/**
 * The CDK app: {@code cdk synth/deploy} runs it (CDK_OUTDIR and the context come from the CLI), and so does the
 * Maven {@code synth} profile, with {@code --outdir DIR} and settings as system properties.
 */
public final class BillingApp {

    private BillingApp() {
    }

    /** Synthesizes the stack into the CLI's output folder or the one given as {@code --outdir DIR}. */
    public static void main(String[] args) throws IOException {
        // the build points java.io.tmpdir into target/ (jsii unpacks its runtime there): make sure it exists
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        AppProps.Builder props = AppProps.builder();
        for (int i = 0; i < args.length; i++) {
            if ("--outdir".equals(args[i]) && i + 1 < args.length) {
                props.outdir(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i] + " (expected: --outdir DIR)");
            }
        }
        App app = new App(props.build());
        BillingStack stack;
        try {
            stack = build(app);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a missing setting or zip: the message says what to do, a stack trace would only bury it
            System.err.println("Cannot synthesize the billing stack: " + e.getMessage());
            System.exit(2);
            return;
        }
        CloudAssembly assembly = app.synth();
        List<String> errors = assembly.getStackByName(stack.getStackName()).getMessages().stream()
                .filter(m -> m.getLevel() == SynthesisMessageLevel.ERROR)
                .map(m -> m.getId() + ": " + m.getEntry().getData())
                .toList();
        if (!errors.isEmpty()) {
            // the CLI refuses to deploy such a template; the Maven synth must fail as well
            System.err.println("The stack has " + errors.size() + " error(s):\n" + String.join("\n", errors));
            System.exit(1);
        }
        System.out.println("Synthesized " + stack.getStackName() + " into " + app.getOutdir());
    }

    /**
     * Adds the billing stack to the app, with settings from its context (or system properties), and the AWS
     * Solutions checks: an unsuppressed finding fails the synth, so it never reaches a deployment.
     */
    public static BillingStack build(App app) {
        BillingSettings settings = BillingSettings.from(app.getNode()::tryGetContext);
        // environment-agnostic unless the CLI names an account and region (cdk deploy does)
        String account = System.getenv("CDK_DEFAULT_ACCOUNT");
        String region = System.getenv("CDK_DEFAULT_REGION");
        StackProps.Builder props = StackProps.builder()
                .description("Open billing platform (" + settings.stage() + "): tables, functions, HTTP API");
        if (account != null && region != null) {
            props.env(Environment.builder().account(account).region(region).build());
        }
        BillingStack stack = new BillingStack(app, "billing-" + settings.stage(), props.build(), settings);
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return stack;
    }
}

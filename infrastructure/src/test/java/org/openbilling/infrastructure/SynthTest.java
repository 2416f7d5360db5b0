package org.openbilling.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/** The app synthesizes a deployable cloud assembly from the functions' zips, and refuses to without them. */
class SynthTest {
    private static SynthesizedStack synth;

    @BeforeAll
    static void synthesize() {
        synth = SynthesizedStack.get();
    }

    @Test
    void cloudAssemblyWithTemplateAndTheFourPackages() throws Exception {
        Path out = Path.of(synth.assembly.getDirectory());
        assertEquals(SynthesizedStack.TARGET.resolve("test-cdk.out"), out);
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
        Path template = Path.of(synth.artifact.getTemplateFullPath());
        assertEquals("billing-test.template.json", template.getFileName().toString());
        assertTrue(Files.size(template) > 10_000);
        String assets = Files.readString(out.resolve("billing-test.assets.json"));
        try (var staged = Files.list(out)) {
            long zips = staged.filter(p -> p.getFileName().toString().matches("asset\\.[0-9a-f]{64}\\.zip")).count();
            assertEquals(ServiceFunction.values().length, zips);
        }
        assertTrue(assets.contains("\"packaging\": \"file\""), "zips are uploaded as they are, not re-zipped");
    }

    @Test
    void missingZipsStopTheSynthWithTheBuildCommand() throws Exception {
        Path empty = Files.createDirectories(SynthesizedStack.TARGET.resolve("empty-project"));
        App app = new App(AppProps.builder()
                .outdir(SynthesizedStack.TARGET.resolve("empty-cdk.out").toString())
                .context(Map.of("jwtIssuer", SynthesizedStack.ISSUER, "jwtAudience", SynthesizedStack.AUDIENCE,
                        "projectRoot", empty.toString()))
                .build());
        var failure = assertThrows(IllegalStateException.class, () -> BillingApp.build(app));
        assertTrue(failure.getMessage().contains(empty.resolve("gateway/lambda/target/function.zip").toString()),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("./mvnw -B package -DskipTests -pl gateway/lambda -am"),
                failure.getMessage());
    }
}

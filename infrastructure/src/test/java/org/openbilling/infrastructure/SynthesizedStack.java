package org.openbilling.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.openbilling.dynamodb.tables.TableSpec;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;

/**
 * The stack, synthesized once per test JVM with dummy function zips (jsii makes each synth cost seconds): every
 * test class reads the same template.
 */
final class SynthesizedStack {
    static final String STAGE = "test";
    static final String PREFIX = "billing-test-";
    static final String ISSUER = "https://auth.example.org/realms/billing";
    static final String AUDIENCE = "billing-api";
    static final String ORIGIN = "https://console.example.org";
    static final Path TARGET = Path.of("target").toAbsolutePath();

    private static SynthesizedStack instance;

    final BillingStack stack;
    final CloudAssembly assembly;
    final CloudFormationStackArtifact artifact;
    final Template template;
    /** The template as plain Java maps and lists. */
    final Map<String, Object> json;
    final Path projectRoot;

    private SynthesizedStack() {
        projectRoot = dummyProject(TARGET.resolve("test-project"));
        Path outdir = TARGET.resolve("test-cdk.out");
        deleteRecursively(outdir); // a fresh assembly: no assets left from an earlier run
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("stage", STAGE);
        context.put("jwtIssuer", ISSUER);
        context.put("jwtAudience", AUDIENCE);
        context.put("allowedOrigins", List.of(ORIGIN));
        context.put("alarmEmail", "billing-ops@example.org");
        context.put("projectRoot", projectRoot.toString());
        App app = new App(AppProps.builder()
                .outdir(outdir.toString())
                .context(context)
                .build());
        stack = BillingApp.build(app);
        // one synth: the template and the cdk-nag findings both come from this cloud assembly
        assembly = app.synth();
        artifact = assembly.getStackByName(stack.getStackName());
        @SuppressWarnings("unchecked")
        Map<String, Object> template = (Map<String, Object>) artifact.getTemplate();
        json = template;
        this.template = Template.fromJSON(template);
    }

    static synchronized SynthesizedStack get() {
        if (instance == null) {
            createTmpDir();
            instance = new SynthesizedStack();
        }
        return instance;
    }

    /** Surefire points java.io.tmpdir into target/; jsii unpacks its runtime there, so the folder must exist. */
    static void createTmpDir() {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A project root holding a small zip where each function's build would write function.zip. */
    static Path dummyProject(Path root) {
        for (ServiceFunction function : ServiceFunction.values()) {
            Path zip = root.resolve(function.zipPath());
            try {
                Files.createDirectories(zip.getParent());
                try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
                    ZipEntry entry = new ZipEntry("lib/" + function.id() + ".txt");
                    entry.setTime(0); // the same bytes on every run, so the same asset hash
                    zipOut.putNextEntry(entry);
                    zipOut.write(("dummy package of " + function.id()).getBytes(StandardCharsets.UTF_8));
                    zipOut.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> resources() {
        return (Map<String, Map<String, Object>>) json.get("Resources");
    }

    /** The resources of one type, by logical id. */
    Map<String, Map<String, Object>> resources(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        resources().forEach((id, resource) -> {
            if (type.equals(resource.get("Type"))) {
                found.put(id, resource);
            }
        });
        return found;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("Properties");
    }

    /** The logical id of the resource of a type whose property has a value. */
    String logicalId(String type, String property, Object value) {
        return resources(type).entrySet().stream()
                .filter(e -> value.equals(properties(e.getValue()).get(property)))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " with " + property + "=" + value));
    }

    String tableId(TableSpec table) {
        return logicalId("AWS::DynamoDB::Table", "TableName", table.physicalName(PREFIX));
    }

    String functionId(ServiceFunction function) {
        return logicalId("AWS::Lambda::Function", "FunctionName", "billing-" + STAGE + "-" + function.id());
    }

    Map<String, Object> function(ServiceFunction function) {
        return properties(resources().get(functionId(function)));
    }

    /** {"Ref": id}. */
    static Map<String, Object> ref(String id) {
        return Map.of("Ref", id);
    }

    /** {"Fn::GetAtt": [id, attribute]}. */
    static Map<String, Object> getAtt(String id, String attribute) {
        return Map.of("Fn::GetAtt", List.of(id, attribute));
    }
}

package org.openbilling.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openbilling.testing.NpmInstall;

/**
 * The committed schema (which SchemaTest keeps equal to the served one) is built by graphql-js, the reference
 * implementation that code generators use, and every GraphQL document of the analyst console is valid against it.
 * graphql-js refused the schema while it used scalars it did not declare (Date, DateTime, BigInteger, BigDecimal).
 * The script also checks that the coverage fields kept until the next release read as deprecated to graphql-js, and
 * that no console document uses a deprecated field.
 */
class GraphqlJsSchemaTest {
    private static final Path DIR = Path.of("src/test/graphql-js");

    @Test
    void buildSchema_committedSchemaAndConsoleDocuments_buildAndValidate() throws Exception {
        NpmInstall.ciOnce(DIR, DIR.resolve("node_modules/graphql/package.json"));
        Path out = Files.createTempFile("graphql-js-", ".log");
        Process node = new ProcessBuilder("node", "check-schema.mjs",
                Path.of("src/main/graphql/schema.graphql").toAbsolutePath().toString(),
                Path.of("src/main/resources/META-INF/resources/console").toAbsolutePath().toString())
                .directory(DIR.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!node.waitFor(2, TimeUnit.MINUTES)) {
            node.destroyForcibly();
        }
        String report = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        assertEquals(0, node.exitValue(), report);
    }
}

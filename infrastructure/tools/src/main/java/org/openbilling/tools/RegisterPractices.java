package org.openbilling.tools;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.dynamodb.DynamoConfig;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.practice.PracticeRepository;
import org.openbilling.dynamodb.tables.TableDefinitions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * One-off migration: puts every practice with saved settings on the practices table's {@code all-practices} index,
 * the list the work queue's scheduled checks run over. Practices saved before that index existed are not on it
 * until their settings are saved again ({@link PracticeRepository#save} writes the index key on every save); this
 * command registers them all at once.
 *
 * <p>It reads the whole practices table with a Scan (keys and two attributes projected, one item per practice):
 * acceptable here, in an operator's one-off command outside {@code functions/} and {@code gateway/}, never on a
 * request path. Each registration is {@link PracticeRepository#register}: one conditional UpdateItem that sets only
 * the index key, so it neither changes the settings nor their version and races with no admin's save. Running it
 * again registers nothing (the Scan's filter skips practices already listed); a run stopped half-way is finished by
 * running it again.
 *
 * <pre>
 * java ... org.openbilling.tools.RegisterPractices --table-prefix billing-prod- [--region us-east-1]
 *     [--endpoint http://127.0.0.1:8000] [--dry-run]
 * </pre>
 */
public final class RegisterPractices {
    /** What a run found and did. */
    public record Result(int unlisted, int registered, List<String> practiceIds) {
    }

    private RegisterPractices() {
    }

    public static void main(String[] args) {
        String prefix = null;
        String endpoint = null;
        String region = null;
        boolean dryRun = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--table-prefix" -> prefix = value(args, ++i);
                case "--endpoint" -> endpoint = value(args, ++i);
                case "--region" -> region = value(args, ++i);
                case "--dry-run" -> dryRun = true;
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (prefix == null) {
            usage("--table-prefix is required (the stack's tablePrefix, e.g. billing-prod-)");
        }
        DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
        if (region != null) {
            builder.region(Region.of(region));
        }
        if (endpoint != null) {
            // the local stack (dynalite) takes any credentials
            builder.endpointOverride(URI.create(endpoint)).credentialsProvider(
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
            if (region == null) {
                builder.region(Region.US_EAST_1);
            }
        }
        try (DynamoDbClient client = builder.build()) {
            Result r = run(client, prefix, dryRun);
            System.out.printf("%s: %d practice(s) with saved settings were not on the all-practices index; %s%n",
                    TableDefinitions.PRACTICES.physicalName(prefix), r.unlisted(), dryRun
                            ? "nothing written (dry run)" : r.registered() + " registered");
        }
    }

    /** Registers every practice of the table under {@code tablePrefix} that has settings but is not listed. */
    public static Result run(DynamoDbClient client, String tablePrefix, boolean dryRun) {
        String table = TableDefinitions.PRACTICES.physicalName(tablePrefix);
        PracticeRepository practices = new PracticeRepository(new Tables(client, config(tablePrefix)));
        List<String> unlisted = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = client.scan(r -> r.tableName(table).exclusiveStartKey(from)
                    .projectionExpression("pk")
                    .filterExpression("attribute_exists(body) AND attribute_not_exists(listPk)"));
            page.items().forEach(i -> unlisted.add(i.get("pk").s()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        int registered = 0;
        if (!dryRun) {
            for (String id : unlisted) {
                if (practices.register(new PracticeId(id))) {
                    registered++;
                }
            }
        }
        return new Result(unlisted.size(), registered, List.copyOf(unlisted));
    }

    private static DynamoConfig config(String prefix) {
        return DynamoConfig.of(prefix, false, Optional.empty());
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: RegisterPractices --table-prefix <prefix> [--region <region>] [--endpoint <url>]"
                + " [--dry-run]");
        System.exit(2);
    }
}

package org.openbilling.infrastructure;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The deployment's settings, read from CDK context values ({@code -c name=value} or cdk.json) and, failing that,
 * from Java system properties of the same name ({@code -Dname=value}, for the Maven build).
 *
 * @param stage          deployment stage, part of the stack, function and default table names
 * @param tablePrefix    physical table name = prefix + logical name (BILLING_DYNAMODB_TABLE_PREFIX)
 * @param jwtIssuer      the OIDC issuer, checked by the API's JWT authorizer and again by the functions
 * @param jwtAudiences   accepted audiences (comma-separated in a context value)
 * @param jwksUrl        the issuer's key set, for the functions' own signature check
 * @param rolesClaim     the token claim carrying the roles ("groups"; Cognito: "cognito:groups")
 * @param practiceClaim  the token claim carrying the caller's practice
 * @param allowedOrigins browser origins allowed by CORS (empty: same origin only)
 * @param projectRoot    the project root, under which the functions' zips are found
 * @param throttleRate   the default stage's steady-state request rate (requests per second)
 * @param throttleBurst  the default stage's burst
 * @param logRetentionDays how long function and access logs are kept
 * @param alarmEmail     an address subscribed to the alarm topic, or null
 * @param architecture   the functions' processor: "arm64" (default) or "x86_64"
 * @param archiveRetentionDays how long every exchanged X12 file is kept unchangeable (Object Lock; default 7 years)
 * @param clearinghouseSchedule the EventBridge schedule of the clearinghouse runs ("rate(5 minutes)")
 * @param clearinghouseSftpPorts the TCP ports the clearinghouse function may connect out to (default 22)
 * @param workQueueSchedule the EventBridge schedule of the work queue's checks ("rate(1 hour)")
 */
public record BillingSettings(String stage, String tablePrefix, String jwtIssuer, List<String> jwtAudiences,
                              String jwksUrl, String rolesClaim, String practiceClaim, List<String> allowedOrigins,
                              Path projectRoot, int throttleRate, int throttleBurst, int logRetentionDays,
                              String alarmEmail, String architecture, int archiveRetentionDays,
                              String clearinghouseSchedule, List<Integer> clearinghouseSftpPorts,
                              String workQueueSchedule) {

    private static final Pattern STAGE = Pattern.compile("[a-z][a-z0-9-]{0,19}");
    private static final Pattern TABLE_PREFIX = Pattern.compile("[A-Za-z0-9_.-]{0,200}");

    public BillingSettings {
        Objects.requireNonNull(projectRoot, "projectRoot");
        jwtAudiences = List.copyOf(jwtAudiences);
        allowedOrigins = List.copyOf(allowedOrigins);
        require(STAGE.matcher(stage).matches(), "stage", stage, "lower-case letters, digits and '-', at most 20");
        require(TABLE_PREFIX.matcher(tablePrefix).matches(), "tablePrefix", tablePrefix,
                "letters, digits, '_', '.' and '-' (DynamoDB table names)");
        require(jwtIssuer.startsWith("https://"), "jwtIssuer", jwtIssuer, "an https:// OIDC issuer");
        require(!jwtAudiences.isEmpty(), "jwtAudience", "", "at least one audience");
        require(jwksUrl.startsWith("https://"), "jwksUrl", jwksUrl, "an https:// address");
        require(throttleRate > 0 && throttleBurst > 0, "throttleRate/throttleBurst",
                throttleRate + "/" + throttleBurst, "positive numbers");
        require(architecture.equals("arm64") || architecture.equals("x86_64"), "architecture", architecture,
                "arm64 or x86_64");
        require(logRetentionDays > 0, "logRetentionDays", String.valueOf(logRetentionDays), "a positive number");
        require(archiveRetentionDays > 0, "archiveRetentionDays", String.valueOf(archiveRetentionDays),
                "a positive number");
        require(clearinghouseSchedule.matches("(rate|cron)\\(.+\\)"), "clearinghouseSchedule", clearinghouseSchedule,
                "an EventBridge schedule expression, rate(...) or cron(...)");
        clearinghouseSftpPorts = List.copyOf(clearinghouseSftpPorts);
        require(!clearinghouseSftpPorts.isEmpty() && clearinghouseSftpPorts.stream().allMatch(p -> p > 0 && p < 65536),
                "clearinghouseSftpPorts", clearinghouseSftpPorts.toString(), "TCP ports, comma-separated");
        require(workQueueSchedule.matches("(rate|cron)\\(.+\\)"), "workQueueSchedule", workQueueSchedule,
                "an EventBridge schedule expression, rate(...) or cron(...)");
    }

    private static void require(boolean ok, String name, String value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("setting " + name + "='" + value + "' is invalid: expected "
                    + expected);
        }
    }

    /**
     * Reads the settings through a lookup (context value first, then system property); fails with a message that
     * says how to pass a missing required setting.
     */
    public static BillingSettings from(Function<String, Object> context) {
        Function<String, String> get = name -> {
            Object value = context.apply(name);
            String text = value == null ? System.getProperty(name) : asText(value);
            return text == null || text.isBlank() ? null : text.trim();
        };
        String stage = or(get.apply("stage"), "prod");
        String issuer = required(get, "jwtIssuer", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_XXXX");
        String audience = required(get, "jwtAudience", "the app client id");
        // no trailing slash: Cognito's and most issuers' tokens carry the issuer without one, and it must match
        issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return new BillingSettings(
                stage,
                or(get.apply("tablePrefix"), "billing-" + stage + "-"),
                issuer,
                split(audience),
                or(get.apply("jwksUrl"), issuer + "/.well-known/jwks.json"),
                or(get.apply("rolesClaim"), "groups"),
                or(get.apply("practiceClaim"), "practice"),
                split(or(get.apply("allowedOrigins"), "")),
                Path.of(or(get.apply("projectRoot"), "..")).toAbsolutePath().normalize(),
                Integer.parseInt(or(get.apply("throttleRate"), "50")),
                Integer.parseInt(or(get.apply("throttleBurst"), "100")),
                Integer.parseInt(or(get.apply("logRetentionDays"), "90")),
                get.apply("alarmEmail"),
                or(get.apply("architecture"), "arm64"),
                Integer.parseInt(or(get.apply("archiveRetentionDays"), "2557")),
                or(get.apply("clearinghouseSchedule"), "rate(5 minutes)"),
                split(or(get.apply("clearinghouseSftpPorts"), "22")).stream().map(Integer::parseInt).toList(),
                or(get.apply("workQueueSchedule"), "rate(1 hour)"));
    }

    private static String required(Function<String, String> get, String name, String example) {
        String value = get.apply(name);
        if (value == null) {
            throw new IllegalArgumentException("setting " + name + " is required: pass -c " + name + "=" + example
                    + " to cdk, or -D" + name + "=... to Maven");
        }
        return value;
    }

    private static String asText(Object value) {
        // cdk.json may hold a JSON array where the command line holds a comma-separated string
        if (value instanceof Collection<?> values) {
            return String.join(",", values.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}

package org.openbilling.infrastructure;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.RuleTargetInput;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.amazon.awscdk.services.lambda.Function;
import software.constructs.Construct;

/**
 * The work queue's time-driven checks in AWS: an EventBridge rule invoking the work-queue function (the claim-status
 * package with only the scheduled-checks route switched on) with the HTTP API event of that route. The checks are
 * day-grained (days to an answer, days to a deadline), so the default hourly rate finds each silence or deadline
 * within the hour that it arrives in any practice's time zone; a run is safe to repeat, so a lost or doubled tick
 * costs nothing.
 */
final class WorkQueueSchedule {
    static final String ROUTE = "/work-items/scheduled-checks";

    /** The event the rule sends: the HTTP API request of the scheduled-checks route, without a token. */
    static final Map<String, Object> SCHEDULED_EVENT = Map.of(
            "version", "2.0",
            "routeKey", "POST " + ROUTE,
            "rawPath", ROUTE,
            "rawQueryString", "",
            "headers", Map.of("content-type", "application/json", "accept", "application/json"),
            "requestContext", Map.of("http", Map.of("method", "POST", "path", ROUTE,
                    "protocol", "HTTP/1.1", "sourceIp", "127.0.0.1", "userAgent", "eventbridge-schedule"),
                    "routeKey", "POST " + ROUTE, "stage", "$default",
                    "requestId", "work-queue-schedule"),
            "isBase64Encoded", false);

    /** The environment that turns the claim-status package into the checks' function. */
    static final Map<String, String> ENVIRONMENT = Map.of(
            "BILLING_WORK_QUEUE_SCHEDULED_ROUTE", "true",
            // the rule is the clock: no timer in the function
            "BILLING_WORK_QUEUE_EVERY", "off",
            // it never submits anything, and it talks to no clearinghouse
            "BILLING_CLEARINGHOUSE_RUN_AFTER_SUBMISSION", "false");

    private WorkQueueSchedule() {
    }

    static Rule schedule(Construct scope, BillingSettings settings, Function function) {
        Rule rule = Rule.Builder.create(scope, "WorkQueueSchedule")
                .description("Runs the work queue's checks (no answer from a payer, deadlines at risk) for every"
                        + " practice")
                .schedule(Schedule.expression(settings.workQueueSchedule()))
                .build();
        // no retries: the next tick is the retry, and a second run opens and resolves nothing twice
        rule.addTarget(new LambdaFunction(function, LambdaFunctionProps.builder()
                .event(RuleTargetInput.fromObject(SCHEDULED_EVENT)).retryAttempts(0)
                .maxEventAge(Duration.minutes(15)).build()));
        return rule;
    }
}

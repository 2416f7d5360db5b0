package org.openbilling.dynamodb.claim;

import java.lang.invoke.MethodHandles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.encounter.Encounter;
import org.openbilling.dynamodb.encounter.EncounterStorage;
import org.openbilling.dynamodb.support.StoredItems;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchemaParams;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What storing and reading a claim and an encounter costs in this JVM's CPU, mapping included (domain → item →
 * attribute map, as a PutItem sends it, and back, as a GetItem answers): the first call in a fresh JVM (class
 * loading and the mapper's set-up, the part a cold start pays) and then throughput per CPU-second of this thread,
 * which a busy machine disturbs less than wall time. The claim is a captured one with a reversal in its history
 * (stored-items/v1, label claim-reversed), read once through the mapper.
 * {@code ./mvnw -B -o -pl functions/billing-dynamodb -am -Pbenchmarks verify -DskipTests -Djmh.args=20}
 */
public final class StorageCpuProbe {
    private StorageCpuProbe() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Map<String, AttributeValue> claimMap = StoredItems.labelled("v1", "claims", "claim-reversed");
        Map<String, AttributeValue> encounterMap = StoredItems.labelled("v1", "encounters", "encounter-secondary");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();

        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        TableSchema<ClaimItem> claims = schema(ClaimItem.class);
        Claim claim = ClaimMapper.toDomain(claims.mapToItem(claimMap));
        Map<String, AttributeValue> written = claims.itemToMap(ClaimMapper.toItem(claim), true);
        System.out.printf("first claim read and write in this JVM: %.1f ms wall, %.1f ms CPU (%d attributes)%n",
                (System.nanoTime() - w0) / 1e6, (mx.getCurrentThreadCpuTime() - c0) / 1e6, written.size());

        run("claim write", seconds, () -> claims.itemToMap(ClaimMapper.toItem(claim), true).size());
        run("claim read", seconds, () -> ClaimMapper.toDomain(claims.mapToItem(written)).lines().size());
        EncounterStorage encounters = new EncounterStorage();
        Encounter encounter = encounters.read(encounterMap);
        Map<String, AttributeValue> encounterWritten = encounters.write(encounter);
        run("encounter write", seconds, () -> encounters.write(encounter).size());
        run("encounter read", seconds, () -> encounters.read(encounterWritten).procedures().size());
    }

    static <T> TableSchema<T> schema(Class<T> type) {
        return BeanTableSchema.create(BeanTableSchemaParams.builder(type).lookup(MethodHandles.lookup()).build());
    }

    private static void run(String name, int seconds, IntSupplier work) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long warmEnd = System.nanoTime() + seconds * 500_000_000L;
        while (System.nanoTime() < warmEnd) {
            work.getAsInt();
        }
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long done = 0;
        List<Long> perCall = new ArrayList<>();
        while (System.nanoTime() - wall0 < seconds * 500_000_000L) {
            long c = mx.getCurrentThreadCpuTime();
            work.getAsInt();
            perCall.add(mx.getCurrentThreadCpuTime() - c);
            done++;
        }
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        perCall.sort(null);
        System.out.printf("%-16s %9.0f per CPU-second (%.1f µs CPU each; median call %.1f µs) of %d%n", name,
                done / cpu, cpu * 1e6 / done, perCall.get(perCall.size() / 2) / 1e3, done);
    }
}

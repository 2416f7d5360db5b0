package org.openbilling.dynamodb.claim;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openbilling.domain.claim.AgeBasis;
import org.openbilling.domain.claim.Claim;
import org.openbilling.domain.claim.ClaimStatus;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.ClaimNumber;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvalidValueException;
import org.openbilling.domain.common.Money;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.dynamodb.CursorCodec;
import org.openbilling.dynamodb.Page;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.BatchReader;
import org.openbilling.dynamodb.support.IndexPager;
import org.openbilling.dynamodb.support.Keys;
import org.openbilling.dynamodb.support.VersionedTable;
import org.openbilling.dynamodb.tables.TableDefinitions.Indexes;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;

/** Claims of a practice: by id, status, encounter, claim number, and open claims by age. */
@ApplicationScoped
public class ClaimRepository {
    private final VersionedTable<ClaimItem> table;
    private final DynamoDbTable<ClaimNumberItem> numbers;
    private final DynamoDbEnhancedClient enhanced;
    private final CursorCodec cursors;
    /** Items per Query of an export: large pages, few round trips, one page in memory at a time. */
    private static final int EXPORT_PAGE = 200;
    private static final org.openbilling.domain.workqueue.PayerLimits LIMITS =
            org.openbilling.domain.workqueue.PayerLimits.table();
    private static final org.openbilling.domain.workqueue.Deadlines DEADLINES =
            new org.openbilling.domain.workqueue.Deadlines(LIMITS);

    /**
     * The claim as storing and reading it gives it back, without a table: for primers, which load the document's
     * classes before the first request needs them.
     */
    public static Claim throughDocument(Claim c) {
        return ClaimMapper.toDomain(ClaimMapper.toItem(c));
    }

    public ClaimRepository(Tables tables, DynamoDbEnhancedClient enhanced, CursorCodec cursors) {
        this.table = new VersionedTable<>(tables.claims(), ClaimItem::getVersion);
        this.numbers = tables.claimNumbers();
        this.enhanced = enhanced;
        this.cursors = cursors;
    }

    /**
     * Stores a new claim at version 1, then its claim-number item; {@code Optional.empty()} if a claim with its id
     * exists already. A crash between the two writes leaves a claim without the item: {@link #findAllByNumber}
     * still finds it through the index, as it finds claims stored before these items existed.
     */
    public Optional<Claim> create(Claim c) {
        Claim stored = c.withVersion(1);
        if (!table.create(ClaimMapper.toItem(stored))) {
            return Optional.empty();
        }
        ClaimNumberItem number = new ClaimNumberItem();
        number.setPk(numberKey(c.practiceId(), c.claimNumber()));
        number.setClaimId(c.id().value());
        numbers.putItem(number);
        return Optional.of(stored);
    }

    public Optional<Claim> find(PracticeId practice, ClaimId id) {
        return table.get(Keys.of(practice, id.value())).map(ClaimMapper::toDomain);
    }

    /** Writes a changed claim if it is still at {@code c.version()}; returns it at the next version. */
    public Claim update(Claim c) {
        Claim stored = c.withVersion(c.version() + 1);
        if (!table.replace(ClaimMapper.toItem(stored), c.version())) {
            throw new StaleVersionException("claim", c.id().value(), c.version());
        }
        return stored;
    }

    /** The claim with a claim number in one practice (835 and 277CA matching). */
    public Optional<Claim> findByNumber(PracticeId practice, ClaimNumber number) {
        var pages = table.table().index(Indexes.BY_CLAIM_NUMBER).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(Keys.of(practice, number.value())).build()))
                .limit(2).build());
        for (var page : pages) {
            for (ClaimItem item : page.items()) {
                // the index is eventually consistent: read the item itself for its current state
                return find(practice, new ClaimId(item.getId()));
            }
            break;
        }
        return Optional.empty();
    }

    /**
     * The claim with a claim number as the index holds it, without a second read: the index projects every
     * attribute. In AWS the index may lag a write by a moment; a versioned update of a stale copy fails with
     * {@link StaleVersionException}, and the caller then reads the claim by id. The fallback of {@link #findAllByNumber}
     * for a number without its claim-number item.
     */
    private Optional<Claim> findByNumberFromIndex(PracticeId practice, ClaimNumber number) {
        var pages = table.table().index(Indexes.BY_CLAIM_NUMBER).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(Keys.of(practice, number.value())).build()))
                .limit(2).build());
        for (var page : pages) {
            for (ClaimItem item : page.items()) {
                return Optional.of(ClaimMapper.toDomain(item));
            }
            break;
        }
        return Optional.empty();
    }

    /**
     * The claims with some claim numbers in one practice (835 matching), as {@link #findByNumberFromIndex} would
     * find them one by one, in a few round trips: the claim-number items by key, then those claims by id, 100
     * keys per BatchGetItem; an index Query only for a number without an item (claims stored before the items
     * existed, or a crash between a claim's two writes). Numbers of no claim are absent. Reads are eventually
     * consistent, like the index: a stale copy only costs its versioned write a retry.
     */
    public Map<ClaimNumber, Claim> findAllByNumber(PracticeId practice, Collection<ClaimNumber> wanted) {
        Map<String, ClaimNumber> byKey = new LinkedHashMap<>();
        wanted.forEach(n -> byKey.put(numberKey(practice, n), n));
        Map<ClaimNumber, ClaimId> ids = new HashMap<>();
        for (ClaimNumberItem item : BatchReader.get(enhanced, numbers, ClaimNumberItem.class, List.copyOf(byKey.keySet()))) {
            ids.put(byKey.get(item.getPk()), new ClaimId(item.getClaimId()));
        }
        Map<ClaimId, Claim> byId = findAll(practice, ids.values());
        Map<ClaimNumber, Claim> out = new HashMap<>();
        for (ClaimNumber n : byKey.values()) {
            Claim c = ids.containsKey(n) ? byId.get(ids.get(n)) : null;
            if (c != null && c.claimNumber().equals(n)) {
                out.put(n, c);
            } else {
                findByNumberFromIndex(practice, n).ifPresent(found -> out.put(n, found));
            }
        }
        return out;
    }

    /**
     * {@link #findAllByNumber} for claim numbers as a payer's file writes them (an 835's CLP01, a 277CA's
     * REF*D9): keyed by that text; a text that is not one of our claim numbers at all is absent, like an unknown one.
     */
    public Map<String, Claim> findAllByNumberText(PracticeId practice, Collection<String> texts) {
        Map<String, ClaimNumber> numbers = new LinkedHashMap<>();
        for (String text : texts) {
            try {
                numbers.put(text, new ClaimNumber(text));
            } catch (InvalidValueException notOurs) {
                // not one of our claim numbers at all: unmatched
            }
        }
        Map<ClaimNumber, Claim> found = findAllByNumber(practice, numbers.values());
        Map<String, Claim> out = new HashMap<>();
        numbers.forEach((text, number) -> {
            Claim c = found.get(number);
            if (c != null) {
                out.put(text, c);
            }
        });
        return out;
    }

    private static String numberKey(PracticeId practice, ClaimNumber number) {
        return Keys.of(practice, "number", number.value());
    }

    /** Claims made from one encounter, oldest first. */
    public List<Claim> byEncounter(PracticeId practice, EncounterId encounter) {
        List<Claim> out = new ArrayList<>();
        var pages = table.table().index(Indexes.BY_ENCOUNTER).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(Keys.of(practice, encounter.value())).build()))
                .build());
        for (var page : pages) {
            page.items().forEach(i -> out.add(ClaimMapper.toDomain(i)));
        }
        return out;
    }

    /** Claims of many encounters, one index Query each (an encounter has few claims); for batched links. */
    public Map<EncounterId, List<Claim>> byEncounters(PracticeId practice, Collection<EncounterId> encounters) {
        Map<EncounterId, List<Claim>> out = new HashMap<>();
        for (EncounterId e : Set.copyOf(encounters)) {
            out.put(e, byEncounter(practice, e));
        }
        return out;
    }

    /** Many claims by id in one round trip per 100; missing ones are absent. */
    public Map<ClaimId, Claim> findAll(PracticeId practice, Collection<ClaimId> ids) {
        List<String> keys = ids.stream().map(id -> Keys.of(practice, id.value())).toList();
        Map<ClaimId, Claim> out = new HashMap<>();
        for (ClaimItem item : BatchReader.get(enhanced, table.table(), ClaimItem.class, keys)) {
            Claim c = ClaimMapper.toDomain(item);
            out.put(c.id(), c);
        }
        return out;
    }

    /**
     * Claims of a practice, newest first, optionally of some statuses and one payer. One status reads its own
     * index partition; several statuses read the practice's partition and keep the matching ones.
     */
    public Page<Claim> list(PracticeId practice, Set<ClaimStatus> statuses, String payerId, int first, String cursor) {
        boolean one = statuses != null && statuses.size() == 1;
        ClaimStatus single = one ? statuses.iterator().next() : null;
        var pager = new IndexPager<>(table.table().index(one ? Indexes.BY_STATUS : Indexes.BY_PRACTICE),
                table.table().tableSchema(), List.of("pk", one ? "statusPk" : "practicePk", "createdSk"), cursors);
        String pk = one ? Keys.of(practice, single.name()) : practice.value();
        java.util.function.Predicate<ClaimItem> keep = i ->
                (statuses == null || statuses.isEmpty() || statuses.contains(ClaimStatus.valueOf(i.getStatus())))
                        && (payerId == null || payerId.equals(i.getPayerId()));
        String listName = "claims:" + (statuses == null ? "*" : new java.util.TreeSet<>(statuses)) + "|" + payerId;
        Page<ClaimItem> page = pager.page(practice, listName,
                QueryConditional.keyEqualTo(Key.builder().partitionValue(pk).build()), false, null, keep, first, cursor);
        return page.map(ClaimMapper::toDomain);
    }

    /**
     * Open claims by age from a sparse open-claims index (by date of service or by first submission, as the filter
     * says): the cost follows the number of open claims, never the closed history.
     */
    public Page<Claim> open(PracticeId practice, OpenClaimsFilter filter, int first, String cursor) {
        boolean byPayer = filter.payerId() != null;
        var pager = new IndexPager<>(openIndex(filter), table.table().tableSchema(),
                List.of("pk", byPayer ? "openPayerPk" : "openPk", filter.sortAttribute()), cursors);
        Page<ClaimItem> page = pager.page(practice, "open:" + filter.listKey(), openCondition(practice, filter),
                filter.oldestFirst(), null, keep(filter), first, cursor);
        return page.map(ClaimMapper::toDomain);
    }

    /**
     * Voided claims the payer had, whose void (frequency 8) has not been sent yet, oldest first, at most
     * {@code limit}: the sparse void-pending index holds nothing else.
     */
    public List<Claim> voidsPending(PracticeId practice, int limit) {
        List<Claim> out = new ArrayList<>();
        var pages = table.table().index(Indexes.VOID_PENDING).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(practice.value()).build()))
                .limit(Math.min(limit, 100)).build());
        for (var page : pages) {
            for (ClaimItem i : page.items()) {
                if (out.size() == limit) {
                    return out;
                }
                out.add(ClaimMapper.toDomain(i));
            }
        }
        return out;
    }

    /**
     * Every open claim that a filter selects, in its order, read page by page as the stream is consumed (exports).
     * Close the stream when done; like {@link #open}, it never reads a closed claim.
     */
    public Stream<Claim> openStream(PracticeId practice, OpenClaimsFilter filter) {
        var pages = openIndex(filter).query(QueryEnhancedRequest.builder().queryConditional(openCondition(practice, filter))
                .scanIndexForward(filter.oldestFirst()).limit(EXPORT_PAGE).build());
        Predicate<ClaimItem> keep = keep(filter);
        return pages.stream().flatMap(p -> p.items().stream())
                .filter(i -> keep == null || keep.test(i))
                .map(ClaimMapper::toDomain);
    }

    /**
     * The balance, payer and age start of every open claim whose age began on or before {@code asOf}, for A/R aging
     * by {@code basis}. One pass over the sparse open-claims index of that basis with a projection of just those
     * attributes (the claim's body stays on the server): its cost grows with open claims, never with closed history.
     */
    public Stream<OpenClaimBalance> openBalances(PracticeId practice, AgeBasis basis, LocalDate asOf, ZoneId zone) {
        OpenClaimsFilter all = new OpenClaimsFilter(null, null, basis, asOf.plusDays(1), zone, true);
        String sort = all.sortAttribute();
        var pages = openIndex(all).query(QueryEnhancedRequest.builder().queryConditional(openCondition(practice, all))
                .attributesToProject(sort, "payerId", "payerName", "payerSequence", "insuranceBalance").build());
        return pages.stream().flatMap(p -> p.items().stream()).map(i -> new OpenClaimBalance(i.getPayerId(),
                i.getPayerName(), i.getPayerSequence() == null ? org.openbilling.domain.encounter.CoveragePosition.PRIMARY
                        : org.openbilling.domain.encounter.CoveragePosition.valueOf(i.getPayerSequence()), basis == AgeBasis.DATE_OF_SERVICE ? LocalDate.parse(before(i.getServiceSk()))
                        : Keys.instantOf(i.getAgeSk()).atZone(zone).toLocalDate(),
                new Money(i.getInsuranceBalance() == null ? BigDecimal.ZERO : i.getInsuranceBalance())));
    }

    /** The part of a sort key before its {@code #id}. */
    private static String before(String sortKey) {
        int hash = sortKey.indexOf('#');
        return hash < 0 ? sortKey : sortKey.substring(0, hash);
    }

    private DynamoDbIndex<ClaimItem> openIndex(OpenClaimsFilter filter) {
        boolean byPayer = filter.payerId() != null;
        if (filter.basis() == AgeBasis.DATE_OF_SERVICE) {
            return table.table().index(byPayer ? Indexes.OPEN_BY_PAYER_SERVICE_DATE : Indexes.OPEN_BY_SERVICE_DATE);
        }
        return table.table().index(byPayer ? Indexes.OPEN_BY_PAYER_AGE : Indexes.OPEN_BY_AGE);
    }

    private static QueryConditional openCondition(PracticeId practice, OpenClaimsFilter filter) {
        String pk = filter.payerId() != null ? Keys.of(practice, filter.payerId()) : practice.value();
        String before = filter.sortKeyBefore(LIMITS.shortestFilingLimit());
        return before == null
                ? QueryConditional.keyEqualTo(Key.builder().partitionValue(pk).build())
                : QueryConditional.sortLessThan(Key.builder().partitionValue(pk).sortValue(before).build());
    }

    /**
     * What the open-claims index read keeps: the statuses asked for, and the filing deadline on or before the
     * filter's day. The deadline depends on the claim's payer and filing indicator, so it is checked on the claim
     * after the key condition has cut the service dates that no payer's limit could make due (by date of service);
     * aged by first submission nothing cuts, and the read costs every open claim of the practice (or payer).
     */
    private static Predicate<ClaimItem> keep(OpenClaimsFilter filter) {
        Predicate<ClaimItem> statuses = statusFilter(filter);
        LocalDate by = filter.filingDeadlineBy();
        if (by == null) {
            return statuses;
        }
        Predicate<ClaimItem> due = i -> DEADLINES.filingDeadline(ClaimMapper.toDomain(i)).map(d -> !d.isAfter(by))
                .orElse(false);
        return statuses == null ? due : statuses.and(due);
    }

    private static Predicate<ClaimItem> statusFilter(OpenClaimsFilter filter) {
        Set<ClaimStatus> statuses = filter.statuses();
        return statuses == null || statuses.isEmpty() ? null : i -> statuses.contains(ClaimStatus.valueOf(i.getStatus()));
    }
}

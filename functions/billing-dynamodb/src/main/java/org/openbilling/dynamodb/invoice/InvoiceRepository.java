package org.openbilling.dynamodb.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openbilling.domain.common.ClaimId;
import org.openbilling.domain.common.EncounterId;
import org.openbilling.domain.common.InvoiceId;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.common.StaleVersionException;
import org.openbilling.domain.invoice.Invoice;
import org.openbilling.dynamodb.CursorCodec;
import org.openbilling.dynamodb.Page;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.BatchReader;
import org.openbilling.dynamodb.support.IndexPager;
import org.openbilling.dynamodb.support.Keys;
import org.openbilling.dynamodb.support.VersionedTable;
import org.openbilling.dynamodb.tables.TableDefinitions.Indexes;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;

/** Invoices of a practice: by id, claim, encounter, and outstanding ones by age (a sparse index). */
@ApplicationScoped
public class InvoiceRepository {
    private final VersionedTable<InvoiceItem> table;
    private final DynamoDbEnhancedClient enhanced;
    private final CursorCodec cursors;

    public InvoiceRepository(Tables tables, DynamoDbEnhancedClient enhanced, CursorCodec cursors) {
        this.table = new VersionedTable<>(tables.invoices(), InvoiceItem::getVersion);
        this.enhanced = enhanced;
        this.cursors = cursors;
    }

    /** Stores a new invoice at version 1; {@code Optional.empty()} if one with its id exists already. */
    public Optional<Invoice> create(Invoice v) {
        Invoice stored = v.withVersion(1);
        return table.create(InvoiceMapper.toItem(stored)) ? Optional.of(stored) : Optional.empty();
    }

    public Optional<Invoice> find(PracticeId practice, InvoiceId id) {
        return table.get(Keys.of(practice, id.value())).map(InvoiceMapper::toDomain);
    }

    /** Writes a changed invoice if it is still at {@code v.version()}; returns it at the next version. */
    public Invoice update(Invoice v) {
        Invoice stored = v.withVersion(v.version() + 1);
        if (!table.replace(InvoiceMapper.toItem(stored), v.version())) {
            throw new StaleVersionException("invoice", v.id().value(), v.version());
        }
        return stored;
    }

    /** Many invoices by id in one round trip per 100; missing ones are absent. */
    public Map<InvoiceId, Invoice> findAll(PracticeId practice, Collection<InvoiceId> ids) {
        List<String> keys = ids.stream().distinct().map(id -> Keys.of(practice, id.value())).toList();
        Map<InvoiceId, Invoice> out = new HashMap<>();
        for (InvoiceItem item : BatchReader.get(enhanced, table.table(), InvoiceItem.class, keys)) {
            Invoice v = InvoiceMapper.toDomain(item);
            out.put(v.id(), v);
        }
        return out;
    }

    /** Invoices for one claim's patient share, oldest first. */
    public List<Invoice> byClaim(PracticeId practice, ClaimId claim) {
        return byIndex(Indexes.BY_CLAIM, Keys.of(practice, claim.value()));
    }

    /** Invoices of one encounter, oldest first. */
    public List<Invoice> byEncounter(PracticeId practice, EncounterId encounter) {
        return byIndex(Indexes.BY_ENCOUNTER, Keys.of(practice, encounter.value()));
    }

    /**
     * Outstanding invoices (OPEN or PARTIALLY_PAID) by age from the sparse outstanding index: the cost follows the
     * number of outstanding invoices, never the paid history. {@code issuedBefore} (may be null) keeps invoices
     * issued before that date (a minimum age).
     */
    public Page<Invoice> outstanding(PracticeId practice, LocalDate issuedBefore, boolean oldestFirst, int first,
                                     String cursor) {
        var pager = new IndexPager<>(table.table().index(Indexes.OUTSTANDING_BY_AGE), table.table().tableSchema(),
                List.of("pk", "outstandingPk", "issuedSk"), cursors);
        String pk = practice.value();
        QueryConditional condition = issuedBefore == null
                ? QueryConditional.keyEqualTo(Key.builder().partitionValue(pk).build())
                : QueryConditional.sortLessThan(Key.builder().partitionValue(pk).sortValue(issuedBefore.toString()).build());
        Page<InvoiceItem> page = pager.page(practice, "outstanding:" + issuedBefore + "|" + oldestFirst, condition,
                oldestFirst, null, null, first, cursor);
        return page.map(InvoiceMapper::toDomain);
    }

    /** What A/R aging needs of one outstanding invoice. */
    public record OutstandingBalance(LocalDate issuedOn, org.openbilling.domain.common.Money balance) {
    }

    /**
     * The issue date and balance of every outstanding invoice issued on or before {@code asOf}, oldest first: one
     * pass over the sparse outstanding index with a projection of just those attributes.
     */
    public java.util.stream.Stream<OutstandingBalance> outstandingBalances(PracticeId practice, LocalDate asOf) {
        var pages = table.table().index(Indexes.OUTSTANDING_BY_AGE).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortLessThan(Key.builder().partitionValue(practice.value())
                        .sortValue(asOf.plusDays(1).toString()).build()))
                .attributesToProject("issuedOn", "balance").build());
        return pages.stream().flatMap(p -> p.items().stream()).map(i -> new OutstandingBalance(
                LocalDate.parse(i.getIssuedOn()), new org.openbilling.domain.common.Money(i.getBalance())));
    }

    /** Every outstanding invoice issued before {@code issuedBefore} (null: all), read page by page (exports). */
    public java.util.stream.Stream<Invoice> outstandingStream(PracticeId practice, LocalDate issuedBefore, boolean oldestFirst) {
        String pk = practice.value();
        QueryConditional condition = issuedBefore == null
                ? QueryConditional.keyEqualTo(Key.builder().partitionValue(pk).build())
                : QueryConditional.sortLessThan(Key.builder().partitionValue(pk).sortValue(issuedBefore.toString()).build());
        var pages = table.table().index(Indexes.OUTSTANDING_BY_AGE).query(QueryEnhancedRequest.builder()
                .queryConditional(condition).scanIndexForward(oldestFirst).limit(500).build());
        return pages.stream().flatMap(p -> p.items().stream()).map(InvoiceMapper::toDomain);
    }

    private List<Invoice> byIndex(String index, String pk) {
        List<Invoice> out = new ArrayList<>();
        var pages = table.table().index(index).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(pk).build())).build());
        for (var page : pages) {
            page.items().forEach(i -> out.add(InvoiceMapper.toDomain(i)));
        }
        return out;
    }
}

package org.openbilling.dynamodb.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.openbilling.domain.common.PracticeId;
import org.openbilling.domain.submission.StatusInquiry;
import org.openbilling.dynamodb.StorageJson;
import org.openbilling.dynamodb.Tables;
import org.openbilling.dynamodb.support.Keys;
import org.openbilling.dynamodb.support.VersionedTable;
import software.amazon.awssdk.core.SdkBytes;

/**
 * 276 claim status inquiries as made, in the submissions table beside the 837P batches: they share the practice's
 * control-number counter (a 999 never confuses the two) and the outbox index (the clearinghouse uploads both, and
 * records the upload on the item the same way); their ids ({@code q-...}) never look like a batch's. Nothing else
 * lists them: a 277 finds its claims by the trace.
 */
@ApplicationScoped
public class StatusInquiryRepository {
    private final VersionedTable<SubmissionItem> table;

    public StatusInquiryRepository(Tables tables) {
        this.table = new VersionedTable<>(tables.submissions(), i -> 0L);
    }

    /** Stores a new inquiry; false when one with its id exists already. */
    public boolean create(StatusInquiry q) {
        SubmissionItem i = new SubmissionItem();
        i.setPk(key(q.practiceId(), q.id()));
        i.setId(q.id());
        i.setPracticeId(q.practiceId().value());
        i.setCreatedAt(q.createdAt().toString());
        i.setBody(StorageJson.write(new StatusInquiry(q.id(), q.practiceId(), q.claims(), q.controlNumbers(), null,
                q.createdAt(), q.actor())));
        i.setX12Gzip(SdkBytes.fromByteArray(SubmissionRepository.gzip(q.x12())));
        SubmissionRepository.inOutbox(i, q.practiceId(), q.createdAt(), q.id());
        return table.create(i);
    }

    public Optional<StatusInquiry> find(PracticeId practice, String id) {
        if (!StatusInquiry.isInquiryId(id)) {
            return Optional.empty();
        }
        return table.get(key(practice, id)).map(i -> {
            StatusInquiry q = StorageJson.read(i.getBody(), StatusInquiry.class);
            return new StatusInquiry(q.id(), q.practiceId(), q.claims(), q.controlNumbers(),
                    SubmissionRepository.gunzip(i.getX12Gzip().asByteArray()), q.createdAt(), q.actor());
        });
    }

    private static String key(PracticeId practice, String id) {
        // the same key shape as a batch's: the outbox records an upload on either by practice and id
        return Keys.of(practice, id);
    }
}

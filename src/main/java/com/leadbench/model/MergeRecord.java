package com.leadbench.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A merge as the audit log holds it: the merged contact's full row and custom fields, the kept
 * contact's fields it filled (with their values before), the ids of every row it moved, and the
 * kept contact's stage before. Enough to undo it exactly. {@code auditId} is the audit line;
 * {@code undoneAt} is set once an "unmerge" line refers to it.
 *
 * <p>{@code appendedTransition} is the id of the stage transition the merge appended to keep the
 * right stage on the kept contact (null when none was needed).
 */
public record MergeRecord(
        long auditId,
        Instant at,
        String actor,
        long keptId,
        String keptName,
        Contact merged,
        List<FieldFill> filled,
        MovedRows moved,
        LifecycleStage keptStageBefore,
        Long appendedTransition,
        String reason,
        Instant undoneAt) {

    public MergeRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(moved, "moved");
        if (merged.id() == keptId) {
            throw new IllegalArgumentException("a contact cannot be merged into itself: #" + keptId);
        }
        filled = List.copyOf(filled);
    }

    public long mergedId() {
        return merged.id();
    }

    public boolean undone() {
        return undoneAt != null;
    }

    /** This record with its audit line's id. */
    public MergeRecord withAuditId(long id) {
        return new MergeRecord(id, at, actor, keptId, keptName, merged, filled, moved, keptStageBefore, appendedTransition,
                reason, undoneAt);
    }

    /** This record marked as undone at {@code when}. */
    public MergeRecord undoneAt(Instant when) {
        return new MergeRecord(auditId, at, actor, keptId, keptName, merged, filled, moved, keptStageBefore, appendedTransition,
                reason, when);
    }
}

package perfaudit.audit;

/** Hears a run's progress, e.g. to show it on a terminal; called on the thread that runs the audit. */
@FunctionalInterface
public interface AuditListener {

    AuditListener NONE = (done, total, file) -> { };

    /** One more input was read and audited, in input order: {@code done} of {@code total}. */
    void inputAudited(int done, int total, String file);
}

package com.leadbench.store;

import com.leadbench.model.ScorecardVersion;
import java.util.function.Supplier;

/**
 * The newest published scorecard version cannot be used: its document no longer reads, or scoring
 * with it failed. The database still opens; the message says which version, why, and how to publish
 * a usable one.
 */
public final class UnusableScorecardException extends RuntimeException {

    private final transient ScorecardVersion version;
    private final String reason;

    public UnusableScorecardException(ScorecardVersion version, String reason, Throwable cause) {
        super("the published scorecard (version " + version.version() + ", \"" + version.name() + "\") cannot be used: " + reason
                + ". Publish a usable one: the previous version, the preset or a file (leadbench publish --help)", cause);
        this.version = version;
        this.reason = reason;
    }

    /** The version that cannot be used. */
    public ScorecardVersion version() {
        return version;
    }

    /** Why, in words, without the advice. */
    public String reason() {
        return reason;
    }

    /**
     * Runs scoring work with {@code version}; a failure of the scorecard's making (an exception or a
     * stack overflow inside the engine) becomes this exception instead of ending the program.
     */
    public static <T> T whileScoring(ScorecardVersion version, Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            throw new UnusableScorecardException(version, "scoring with it ran too deep (a rule's pattern is too complex for the data)", e);
        } catch (StoreException | UnusableScorecardException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnusableScorecardException(version, "scoring with it failed (" + (e.getMessage() == null ? "no details" : e.getMessage())
                    + ")", e);
        }
    }
}

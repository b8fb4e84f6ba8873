package cn.certsift.jobs.nightly;

/**
 * A run cannot be completed for a reason the user can act on (a missing input, an unreadable folder).
 * The message is one line in Chinese and English; the command line prints it without a stack trace.
 */
public class RunFailure extends RuntimeException {

    public RunFailure(String zh, String en) {
        super(zh + " / " + en);
    }

    public RunFailure(String zh, String en, Throwable cause) {
        super(zh + " / " + en, cause);
    }
}

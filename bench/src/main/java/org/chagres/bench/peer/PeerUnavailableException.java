package org.chagres.bench.peer;

/** A peer library cannot run on this machine; the message says which and why. */
public final class PeerUnavailableException extends IllegalStateException {

    /** The prefix of every message, which the report looks for in JMH's output. */
    public static final String PREFIX = "peer missing: ";

    private static final long serialVersionUID = 1L;

    /**
     * @param peer the peer's name
     * @param reason why it cannot run
     */
    public PeerUnavailableException(String peer, String reason) {
        super(PREFIX + peer + ": " + reason);
    }
}

package org.chagres.cuda.bind;

/** Shared plumbing of the generated binding classes. */
final class Bindings {

    private Bindings() {
    }

    /**
     * A downcall handle throws only when linking failed (missing symbol or library) or for a
     * bug in the binding: errors pass through, anything else is wrapped with the function name.
     */
    static RuntimeException rethrow(String function, Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(function + ": downcall failed: " + t, t);
    }
}

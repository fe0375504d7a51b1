package io.mskconsole.ui.create;

/** Where a lookup of the region stands: loading, done, or failed with what to tell the person. */
public record Lookup(Status status, String message) {
    public enum Status { LOADING, READY, FAILED }

    public static final Lookup LOADING = new Lookup(Status.LOADING, "");
    public static final Lookup READY = new Lookup(Status.READY, "");

    public static Lookup failed(String message) {
        return new Lookup(Status.FAILED, message);
    }

    public boolean isFailed() {
        return status == Status.FAILED;
    }

    public boolean isLoading() {
        return status == Status.LOADING;
    }
}

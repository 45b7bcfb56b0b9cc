package dev.kapacitor.http;

/** An HTTP-level failure: answered as {"error": message} with the status. */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    /** Kapacitor answers every undecodable request body with exactly this. */
    static ApiException invalidJson() {
        return new ApiException(400, "invalid JSON");
    }

    static <T> T require(T service, String what) {
        if (service == null) {
            throw new ApiException(503, what + " unavailable: the kapacitor-engine bundle is not active");
        }
        return service;
    }
}

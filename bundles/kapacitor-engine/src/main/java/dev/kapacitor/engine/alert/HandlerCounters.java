package dev.kapacitor.engine.alert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What one handler of an alert node or topic did, for /kapacitor/v1/debug/vars. Kept by its
 * binding, so the counts go on when the integration's service is replaced and a new handler made.
 */
final class HandlerCounters {
    final LongAdder sent = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder timedOut = new LongAdder();
    final LongAdder dropped = new LongAdder();
    /** Retries of the handlers replaced so far; the current one reports its own. */
    final LongAdder retriedBefore = new LongAdder();

    /** The values of the statistic, with the current handler's retries. */
    Map<String, Object> values(long retriedNow) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("sent", sent.sum());
        v.put("failed", failed.sum());
        v.put("timed_out", timedOut.sum());
        v.put("retried", retriedBefore.sum() + retriedNow);
        v.put("dropped", dropped.sum());
        return v;
    }
}

package dev.kapacitor.api.alert;

import dev.kapacitor.api.model.Row;
import java.net.URI;
import java.util.Map;

/**
 * Kapacitor's configured httppost endpoints, for the {@code |httpPost().endpoint(name)} node: a
 * service the post integration registers beside its {@link AlertHandlerFactory}. The engine
 * looks an endpoint up by name when the task starts, as Kapacitor does.
 */
public interface HttpPostEndpoints {
    /** The active endpoint of that name, or null. */
    Endpoint endpoint(String name);

    /** One endpoint: where to post, with which headers, and its optional row template. */
    interface Endpoint {
        URI url();

        /** Its own headers, basic auth included; the node's {@code .header(k, v)} override them. */
        Map<String, String> headers();

        /**
         * The body its row template makes of one row, or null when it has none (the row is then
         * posted as JSON, {@code {"series":[row]}}).
         *
         * @throws Exception why the template failed on this row
         */
        String rowBody(Row row) throws Exception;
    }
}

package dev.kapacitor.alert.post;

import dev.kapacitor.api.alert.HttpPostEndpoints;
import dev.kapacitor.api.model.Row;
import dev.kapacitor.gotemplate.DataType;
import dev.kapacitor.gotemplate.GoTemplate;
import dev.kapacitor.gotemplate.TemplateException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One configured endpoint, a service the post handler factory collects. The alert template is
 * parsed here, once, so a broken template fails the configuration rather than every event.
 */
@Component(service = PostEndpoint.class, configurationPid = PostEndpoint.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PostEndpointConfig.class, factory = true)
public final class PostEndpoint implements HttpPostEndpoints.Endpoint {
    static final String PID = "dev.kapacitor.alert.post";

    private final String name;
    private final URI url;
    private final Map<String, String> headers;
    private final GoTemplate alertTemplate;
    private final GoTemplate rowTemplate;

    @Activate
    public PostEndpoint(PostEndpointConfig c) throws IOException, TemplateException {
        this(c.endpoint(), c.url(), c.headers(), c.basic$_$auth$_$username(), c.basic$_$auth$_$password(),
                template("alert", c.alert$_$template(), c.alert$_$template$_$file(), AlertData.TYPE),
                template("row", c.row$_$template(), c.row$_$template$_$file(), AlertData.MAPPED_ROW));
    }

    /** With inline templates (empty: none). */
    PostEndpoint(String name, String url, String[] headers, String username, String password, String alertTemplate,
                 String rowTemplate) throws TemplateException, IOException {
        this(name, url, headers, username, password, template("alert", alertTemplate, "", AlertData.TYPE),
                template("row", rowTemplate, "", AlertData.MAPPED_ROW));
    }

    private PostEndpoint(String name, String url, String[] headers, String username, String password,
                         GoTemplate alertTemplate, GoTemplate rowTemplate) {
        this.name = name;
        // the shipped example has no URL: an inactive endpoint, not a failed configuration
        this.url = url.isEmpty() ? null : URI.create(url);
        this.headers = headers(headers, username, password);
        this.alertTemplate = alertTemplate;
        this.rowTemplate = rowTemplate;
    }

    private PostEndpoint(URI url) {
        this.name = "";
        this.url = url;
        this.headers = Map.of();
        this.alertTemplate = null;
        this.rowTemplate = null;
    }

    /** The unnamed endpoint of {@code .post(url)}: the alert JSON, no extra headers. */
    static PostEndpoint of(String url) {
        return new PostEndpoint(URI.create(url));
    }

    /**
     * The template from one place (Kapacitor refuses both), or null. As in Kapacitor, an inline
     * template has the {@code json} function and one read from a file has not.
     */
    private static GoTemplate template(String kind, String inline, String file, DataType data)
            throws IOException, TemplateException {
        if (!inline.isEmpty() && !file.isEmpty()) {
            throw new IllegalArgumentException("must specify only one of " + kind + "-template and " + kind
                    + "-template-file");
        }
        if (!inline.isEmpty()) {
            return GoTemplate.parseWithJson(kind, inline, data);
        }
        return file.isEmpty() ? null : GoTemplate.parse(kind, Files.readString(Path.of(file), StandardCharsets.UTF_8),
                data);
    }

    /** Basic auth first, so that an explicit Authorization header wins. */
    private static Map<String, String> headers(String[] entries, String username, String password) {
        Map<String, String> h = new LinkedHashMap<>();
        if (!username.isEmpty() && !password.isEmpty()) {
            h.put("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        for (String entry : entries) {
            for (String one : entry.split(";")) {
                if (one.isBlank()) {
                    continue;
                }
                int colon = one.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("post header must be Name:value, got \"" + one.trim() + "\"");
                }
                h.put(one.substring(0, colon).trim(), one.substring(colon + 1).trim());
            }
        }
        return Map.copyOf(h);
    }

    String name() {
        return name;
    }

    /** Null when not configured: then {@code .endpoint(name)} does not find this endpoint. */
    @Override
    public URI url() {
        return url;
    }

    @Override
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String rowBody(Row row) throws TemplateException {
        return rowTemplate == null ? null : rowTemplate.execute(row);
    }

    /** Null when the body is the alert JSON. */
    GoTemplate alertTemplate() {
        return alertTemplate;
    }

    @Override
    public String toString() {
        return "post endpoint \"" + name + "\"";
    }
}

package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HttpPostEndpoints;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The alert handlers installed now, by TICKscript method name. Services come and go while
 * tasks run: the {@link #generation()} changes with every change, so a running alert node
 * notices cheaply that it should look its handlers up again.
 */
public final class HandlerCatalog {
    /** Kapacitor 1.5's handler methods whose integration ships as its own feature; email's feature is smtp. */
    private static final Map<String, String> FEATURES = Map.ofEntries(
            Map.entry("post", "post"), Map.entry("tcp", "tcp"), Map.entry("email", "smtp"), Map.entry("exec", "exec"),
            Map.entry("log", "log"), Map.entry("victorOps", "victorops"), Map.entry("pagerDuty", "pagerduty"),
            Map.entry("pagerDuty2", "pagerduty2"), Map.entry("pushover", "pushover"), Map.entry("sensu", "sensu"),
            Map.entry("slack", "slack"), Map.entry("telegram", "telegram"), Map.entry("hipChat", "hipchat"),
            Map.entry("alerta", "alerta"), Map.entry("opsGenie", "opsgenie"), Map.entry("opsGenie2", "opsgenie2"),
            Map.entry("talk", "talk"), Map.entry("mqtt", "mqtt"), Map.entry("snmpTrap", "snmptrap"),
            Map.entry("kafka", "kafka"));

    private final Map<String, AlertHandlerFactory> byName = new ConcurrentHashMap<>();
    /** Every name installed once: a script naming one that went away is told to install it again. */
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger generation = new AtomicInteger();
    /** The httppost endpoints of the post integration, which |httpPost().endpoint(name) posts to. */
    private final List<HttpPostEndpoints> postEndpoints = new CopyOnWriteArrayList<>();

    /** A catalog with the handlers the engine has built in: log and tcp. */
    public static HandlerCatalog withBuiltIns() {
        HandlerCatalog c = new HandlerCatalog();
        c.add("log", new LogHandlerFactory());
        c.add("tcp", new TcpHandlerFactory());
        return c;
    }

    /** Installs (or replaces) the handler of that name. */
    public void add(String name, AlertHandlerFactory factory) {
        byName.put(name, factory);
        seen.add(name);
        changed();
    }

    /** Uninstalls the handler, if {@code factory} is still the one installed under that name. */
    public void remove(String name, AlertHandlerFactory factory) {
        if (byName.remove(name, factory)) {
            changed();
        }
    }

    private void changed() {
        generation.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    /**
     * Calls the listener after every install or uninstall, on the thread that made it.
     *
     * @return what unregisters the listener
     */
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The handler installed under that name, or null. */
    public AlertHandlerFactory find(String name) {
        return byName.get(name);
    }

    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }

    /** The installed handlers configured global (Kapacitor's {@code global}), by name, sorted. */
    public Set<String> globals() {
        Set<String> out = new TreeSet<>();
        byName.forEach((name, f) -> {
            if (f.global()) {
                out.add(name);
            }
        });
        return out;
    }

    /** Whether an installed global handler makes every alert node state-changes-only. */
    public boolean globalStateChangesOnly() {
        for (AlertHandlerFactory f : byName.values()) {
            if (f.global() && f.stateChangesOnly()) {
                return true;
            }
        }
        return false;
    }

    public void addPostEndpoints(HttpPostEndpoints e) {
        postEndpoints.add(e);
    }

    public void removePostEndpoints(HttpPostEndpoints e) {
        postEndpoints.remove(e);
    }

    /** The configured httppost endpoint of that name, or null. */
    public HttpPostEndpoints.Endpoint postEndpoint(String name) {
        for (HttpPostEndpoints all : postEndpoints) {
            HttpPostEndpoints.Endpoint e = all.endpoint(name);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    public int generation() {
        return generation.get();
    }

    /** Whether a handler of that name exists, installed now or not: Kapacitor's, or one installed before. */
    public boolean known(String name) {
        return FEATURES.containsKey(name) || seen.contains(name);
    }

    /** The handler method of a topic handler kind: kinds are the features' names ({@code smtp} is email). */
    public static String methodOfKind(String kind) {
        for (Map.Entry<String, String> e : FEATURES.entrySet()) {
            if (e.getValue().equals(kind)) {
                return e.getKey();
            }
        }
        return kind;
    }

    /** The feature that installs a handler: {@code kapacitor-alert-slack}. */
    public static String feature(String name) {
        return "kapacitor-alert-" + FEATURES.getOrDefault(name, name.toLowerCase(Locale.ROOT));
    }
}

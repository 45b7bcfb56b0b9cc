package dev.kapacitor.api.alert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options a script gave one handler: the arguments of the creating method and every call of
 * each option method, in script order, with values typed as their {@link OptionType} says.
 * Also names the task and node the handler serves, for its logs.
 */
public final class HandlerOptions {
    private final String taskId;
    private final String nodeName;
    private final List<Object> args;
    private final Map<String, List<List<Object>>> calls;

    /** @param calls option name to the argument lists of its calls, in order */
    public HandlerOptions(String taskId, String nodeName, List<Object> args, Map<String, List<List<Object>>> calls) {
        this.taskId = taskId;
        this.nodeName = nodeName;
        this.args = List.copyOf(args);
        Map<String, List<List<Object>>> copy = new LinkedHashMap<>();
        calls.forEach((k, v) -> {
            List<List<Object>> lists = new ArrayList<>(v.size());
            v.forEach(l -> lists.add(List.copyOf(l)));
            copy.put(k, Collections.unmodifiableList(lists));
        });
        this.calls = Collections.unmodifiableMap(copy);
    }

    public String taskId() {
        return taskId;
    }

    /** The alert node, as Kapacitor names it: {@code alert2}. */
    public String nodeName() {
        return nodeName;
    }

    /** The arguments of the creating method. */
    public List<Object> args() {
        return args;
    }

    /** The argument lists of every call of an option, in script order; empty when never called. */
    public List<List<Object>> calls(String option) {
        return calls.getOrDefault(option, List.of());
    }

    /** The options called, with their calls. */
    public Map<String, List<List<Object>>> all() {
        return calls;
    }

    public boolean has(String option) {
        return calls.containsKey(option);
    }

    /** The first argument of the last call of an option, or {@code dflt} when never called. */
    public String string(String option, String dflt) {
        Object v = last(option);
        return v == null ? dflt : (String) v;
    }

    public Duration duration(String option, Duration dflt) {
        Object v = last(option);
        return v == null ? dflt : (Duration) v;
    }

    public long integer(String option, long dflt) {
        Object v = last(option);
        return v == null ? dflt : (Long) v;
    }

    private Object last(String option) {
        List<List<Object>> c = calls.get(option);
        if (c == null || c.isEmpty() || c.get(c.size() - 1).isEmpty()) {
            return null;
        }
        return c.get(c.size() - 1).get(0);
    }

    @Override
    public String toString() {
        return "HandlerOptions" + args + calls;
    }
}

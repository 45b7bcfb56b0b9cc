package dev.kapacitor.engine.runtime;

import dev.kapacitor.api.gofmt.GoDuration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Kapacitor's DOT of an executing task, with node stats as attributes and processed counts on edges. */
final class ExecutionDot {
    private ExecutionDot() {
    }

    static String render(String taskId, String unit, double throughput, List<Node> nodes) {
        StringBuilder sb = new StringBuilder("digraph ").append(taskId).append(" {\n");
        sb.append("graph [throughput=\"").append(String.format(Locale.ROOT, "%.2f", throughput))
                .append(' ').append(unit).append("/s\"];\n");
        for (Node n : nodes) {
            sb.append('\n').append(n.name()).append(" [");
            for (Map.Entry<String, Object> e : new TreeMap<>(ExecutingTask.statMap(n)).entrySet()) {
                Object v = e.getValue();
                String s = e.getKey().equals("avg_exec_time_ns") ? GoDuration.string((Long) v) : String.valueOf(v);
                sb.append(e.getKey()).append("=\"").append(s).append("\" ");
            }
            sb.append("];\n");
            Node[] children = n.children();
            for (int i = 0; i < children.length; i++) {
                sb.append(n.name()).append(" -> ").append(children[i].name())
                        .append(" [processed=\"").append(n.stats().edgeCount(i)).append("\"];\n");
            }
        }
        return sb.append('}').toString();
    }
}

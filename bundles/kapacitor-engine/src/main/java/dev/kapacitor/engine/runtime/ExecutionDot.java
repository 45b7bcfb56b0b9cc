package dev.kapacitor.engine.runtime;

import dev.kapacitor.api.gofmt.GoDuration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kapacitor's DOT of an executing task: the node stats sorted by name and the processed count
 * of each edge, either as attributes ({@code stream0 [errors="0" ];}) or, for dot-view=labels,
 * as graphviz labels ({@code stream0 [xlabel="errors=0"];}, lines joined by a literal \r).
 */
final class ExecutionDot {
    private ExecutionDot() {
    }

    static String render(String taskId, String unit, double throughput, List<Node> nodes, boolean labels) {
        String tp = String.format(Locale.ROOT, "%.2f", throughput) + " " + unit + "/s";
        StringBuilder sb = new StringBuilder("digraph ").append(taskId).append(" {\n");
        if (labels) {
            sb.append("graph [label=\"Throughput: ").append(tp).append("\" forcelabels=true pad=\"0.8,0.5\"];\n");
        } else {
            sb.append("graph [throughput=\"").append(tp).append("\"];\n");
        }
        for (Node n : nodes) {
            sb.append('\n').append(n.name()).append(labels ? " [xlabel=\"" : " [");
            String sep = "";
            for (Map.Entry<String, Object> e : new TreeMap<>(TaskStats.statMap(n)).entrySet()) {
                sb.append(sep).append(e.getKey()).append(labels ? "=" : "=\"").append(value(e.getKey(), e.getValue()));
                sep = labels ? "\\r" : "\" ";
            }
            sb.append(labels ? "\"];\n" : sep + "];\n");
            Node[] children = n.children();
            for (int i = 0; i < children.length; i++) {
                long processed = n.stats().edgeCount(i);
                sb.append(n.name()).append(" -> ").append(children[i].name())
                        .append(labels ? " [label=\"processed=" : " [processed=\"").append(processed).append("\"];\n");
            }
        }
        return sb.append('}').toString();
    }

    /** avg_exec_time_ns reads as a Go duration in the DOT (a number in the stats). */
    private static String value(String key, Object v) {
        return key.equals("avg_exec_time_ns") ? GoDuration.string((Long) v) : String.valueOf(v);
    }
}

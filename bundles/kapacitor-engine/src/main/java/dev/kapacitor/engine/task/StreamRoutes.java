package dev.kapacitor.engine.task;

import dev.kapacitor.api.task.Dbrp;
import dev.kapacitor.engine.edge.PointMessage;
import dev.kapacitor.engine.runtime.ExecutingTask;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which running stream tasks take points of a database, retention policy and measurement.
 * Immutable, rebuilt when tasks start or stop, so a write looks up its db/rp once and each
 * point's measurement once, without scanning tasks.
 */
final class StreamRoutes {
    static final StreamRoutes EMPTY = new StreamRoutes(Map.of());

    /** One task's subscription: its dbrps and its from() measurements (empty set: all). */
    record Subscription(ExecutingTask task, List<Dbrp> dbrps, Set<String> measurements, boolean allMeasurements) {
    }

    /** The tasks of one db/rp, numbered; per measurement the numbers of the tasks that take it. */
    static final class DbrpRoute {
        final ExecutingTask[] tasks;
        final int[] anyMeasurement;
        final Map<String, int[]> byMeasurement;

        DbrpRoute(ExecutingTask[] tasks, int[] anyMeasurement, Map<String, int[]> byMeasurement) {
            this.tasks = tasks;
            this.anyMeasurement = anyMeasurement;
            this.byMeasurement = byMeasurement;
        }

        int[] tasksFor(String measurement) {
            int[] t = byMeasurement.get(measurement);
            return t != null ? t : anyMeasurement;
        }

        /**
         * The tasks that take every one of these points, when all of them go to the same tasks
         * (a body of one measurement, the usual case); else null.
         */
        int[] tasksForAll(PointMessage[] points) {
            String name = points[0].name();
            int[] first = tasksFor(name);
            for (PointMessage m : points) {
                // names come interned from the parser: the same name is mostly the same String
                if (m.name() != name && tasksFor(m.name()) != first) {
                    return null;
                }
            }
            return first;
        }

        /** Every task takes every measurement: the writer can hand the same points to all. */
        boolean takesAll() {
            return anyMeasurement.length == tasks.length;
        }
    }

    private final Map<String, Map<String, DbrpRoute>> byDb;

    private StreamRoutes(Map<String, Map<String, DbrpRoute>> byDb) {
        this.byDb = byDb;
    }

    DbrpRoute lookup(String db, String rp) {
        Map<String, DbrpRoute> byRp = byDb.get(db);
        return byRp == null ? null : byRp.get(rp);
    }

    static StreamRoutes build(List<Subscription> subs) {
        Map<Dbrp, List<Subscription>> perDbrp = new HashMap<>();
        for (Subscription s : subs) {
            for (Dbrp d : new LinkedHashSet<>(s.dbrps())) {
                perDbrp.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Map<String, DbrpRoute>> byDb = new HashMap<>();
        perDbrp.forEach((d, list) -> byDb.computeIfAbsent(d.db(), k -> new HashMap<>()).put(d.rp(), route(list)));
        return new StreamRoutes(byDb);
    }

    private static DbrpRoute route(List<Subscription> subs) {
        ExecutingTask[] tasks = new ExecutingTask[subs.size()];
        List<Integer> any = new ArrayList<>();
        Map<String, List<Integer>> named = new HashMap<>();
        for (int i = 0; i < tasks.length; i++) {
            Subscription s = subs.get(i);
            tasks[i] = s.task();
            if (s.allMeasurements()) {
                any.add(i);
            }
            for (String m : s.measurements()) {
                named.computeIfAbsent(m, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> byMeasurement = new HashMap<>();
        named.forEach((m, idx) -> {
            // a task taking all measurements takes the named ones too, once
            Set<Integer> union = new LinkedHashSet<>(idx);
            union.addAll(any);
            byMeasurement.put(m, union.stream().mapToInt(Integer::intValue).sorted().toArray());
        });
        return new DbrpRoute(tasks, any.stream().mapToInt(Integer::intValue).toArray(), byMeasurement);
    }
}

package dev.kapacitor.engine.alert;

import dev.kapacitor.api.model.Tags;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The inhibitors of every running alert node, by category. */
public final class Inhibitors {
    private final Map<String, List<Inhibitor>> byCategory = new ConcurrentHashMap<>();

    public void add(Inhibitor in) {
        byCategory.computeIfAbsent(in.category(), k -> new CopyOnWriteArrayList<>()).add(in);
    }

    public void remove(Inhibitor in) {
        List<Inhibitor> list = byCategory.get(in.category());
        if (list != null) {
            list.remove(in);
        }
    }

    /** Whether an active inhibitor suppresses events of this category with these tags. */
    public boolean isInhibited(String category, Tags tags) {
        List<Inhibitor> list = byCategory.get(category);
        if (list == null) {
            return false;
        }
        for (Inhibitor in : list) {
            if (in.inhibits(category, tags)) {
                return true;
            }
        }
        return false;
    }
}

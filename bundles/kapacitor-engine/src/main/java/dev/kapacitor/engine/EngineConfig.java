package dev.kapacitor.engine;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the engine (PID {@code dev.kapacitor.engine}). */
@ObjectClassDefinition(name = "Kapacitor engine", description = "Tasks, their storage and their execution")
public @interface EngineConfig {
    @AttributeDefinition(name = "Data directory",
            description = "Where tasks are stored. Empty: ${karaf.data}/kapacitor, or ./data/kapacitor outside Karaf.")
    String data$_$dir() default "";

    @AttributeDefinition(name = "Task queue size",
            description = "Points a task may have waiting before writers to it wait.", min = "1")
    // Two 5,000-line bodies keep the task busy; every waiting point outlives young collections,
    // so 100,000 of them were copied and promoted by G1 again and again (R2: 100 to 200 GC ns/point).
    int task$_$queue$_$size() default 10_000;

    @AttributeDefinition(name = "Write timeout (ms)",
            description = "How long a write waits for a task whose queue is full before it fails.", min = "1")
    long write$_$timeout$_$ms() default 10_000;

    @AttributeDefinition(name = "Group idle TTL",
            description = "A Go duration such as 10m: every node of a task forgets a group that had no data for this"
                    + " long in the task's data time, so per-group state stays bounded when groups come and go."
                    + " A task may set its own (group-idle-ttl in its JSON). Empty or 0: never, as in Kapacitor.")
    String group$_$idle$_$ttl() default "";
}

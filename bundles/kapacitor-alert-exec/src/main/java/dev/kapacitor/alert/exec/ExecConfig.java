package dev.kapacitor.alert.exec;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of the programs .exec() runs (PID {@code dev.kapacitor.alert.exec}); Kapacitor has none. */
@ObjectClassDefinition(name = "Kapacitor exec alert handler",
        description = "Limits of the programs that .exec(prog, args...) handlers run for each alert event")
public @interface ExecConfig {
    @AttributeDefinition(name = "Timeout (ms)",
            description = "A program still running after this long is killed and the event counts as an error.",
            min = "1")
    long timeout$_$ms() default 10_000;

    @AttributeDefinition(name = "Output kept (bytes)",
            description = "How much of the program's standard output and error is kept for the error log.",
            min = "0")
    int max$_$output$_$bytes() default 4096;
}

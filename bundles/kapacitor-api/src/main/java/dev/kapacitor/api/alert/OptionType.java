package dev.kapacitor.api.alert;

import java.time.Duration;

/** The TICKscript type of one argument of a handler method, with the Java type its value has. */
public enum OptionType {
    /** A {@link String}. */
    STRING(String.class),
    /** A {@link Long}. */
    INT(Long.class),
    /** A {@link Double}. */
    FLOAT(Double.class),
    /** A {@link Boolean}. */
    BOOL(Boolean.class),
    /** A {@link Duration}. */
    DURATION(Duration.class);

    private final Class<?> javaType;

    OptionType(Class<?> javaType) {
        this.javaType = javaType;
    }

    public Class<?> javaType() {
        return javaType;
    }
}

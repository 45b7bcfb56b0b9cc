package dev.kapacitor.engine.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Kapacitor's checks of the {@code .as()} prefixes of join and combine, with their messages. */
final class PrefixNames {
    private PrefixNames() {
    }

    /**
     * @param node        "join" or "combine", as the messages name it
     * @param countError  the message when there are not {@code expected} names
     * @param delimiterError the message for a name holding the delimiter, or null to skip that check
     */
    static void validate(String node, List<String> names, int expected, String countError,
                         String delimiter, UnaryOperator<String> delimiterError) {
        if (names.isEmpty()) {
            throw new SpecException("a call to " + node + ".as() is required to specify the output stream prefixes.");
        }
        if (names.size() != expected) {
            throw new SpecException(countError);
        }
        for (String name : names) {
            if (name.isEmpty()) {
                throw new SpecException("must provide a prefix name for the " + node + " node, see .as() property method");
            }
            if (delimiterError != null && name.contains(delimiter)) {
                throw new SpecException(delimiterError.apply(name));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new SpecException("cannot use the same prefix name see .as() property method");
            }
        }
    }
}

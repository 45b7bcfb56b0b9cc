package dev.kapacitor.engine.lambda;

import dev.kapacitor.api.model.FieldType;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.lambda.tree.VType;

/**
 * Finds one referenced name among a point's fields and tags, remembering where it was last
 * time: consecutive points of a series have the same keys in the same places, and the line
 * protocol parser hands out the same key String objects, so the usual lookup is one
 * identity comparison. Belongs to one lambda instance, so to one thread.
 */
final class ReferenceCursor {
    /** Above this many keys a binary search beats a scan. */
    private static final int SCAN_LIMIT = 12;

    private final String name;
    private final int hash;
    /** The last key object found equal to the name. */
    private String alias;
    /** The field keys of the last point that did not have the name as a field. */
    private String[] absentAmong;
    private int field = -1;
    private int tag = -1;
    private FieldType fieldType;
    private byte fieldTypeCode;

    ReferenceCursor(String name) {
        this.name = name;
        this.hash = name.hashCode();
        this.alias = name;
    }

    String name() {
        return name;
    }

    /** The field's index, or a negative number when the point has no such field. */
    int field(Fields fields) {
        int i = field;
        if (i < 0 || i >= fields.size() || !is(fields.keyAt(i))) {
            i = findField(fields);
            field = i;
        }
        return i;
    }

    /** The tag's index, or a negative number when the point has no such tag. */
    int tag(Tags tags) {
        int i = tag;
        if (i < 0 || i >= tags.size() || !is(tags.keyAt(i))) {
            i = findTag(tags);
            tag = i;
        }
        return i;
    }

    /** The result of the last {@link #tag} call, for a point with the same Tags object. */
    int lastTag() {
        return tag;
    }

    /** The VType ordinal of a field type, remembered since it rarely changes. */
    byte typeCode(FieldType t) {
        if (t != fieldType) {
            fieldType = t;
            fieldTypeCode = (byte) VType.ofField(t).ordinal();
        }
        return fieldTypeCode;
    }

    /** Identity first (the usual hit), then the hash a String caches (the usual miss), then content. */
    private boolean is(String key) {
        if (key == alias) {
            return true;
        }
        if (key.hashCode() != hash || !key.equals(name)) {
            return false;
        }
        alias = key;
        return true;
    }

    private int findField(Fields fields) {
        int n = fields.size();
        if (n > SCAN_LIMIT) {
            return fields.indexOf(name);
        }
        String[] absent = absentAmong;
        if (absent != null && absent.length == n && sameKeys(fields, absent)) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (is(fields.keyAt(i))) {
                return i;
            }
        }
        if (absent == null || absent.length != n) {
            absent = new String[n];
            absentAmong = absent;
        }
        for (int i = 0; i < n; i++) {
            absent[i] = fields.keyAt(i);
        }
        return -1;
    }

    /** Whether the fields have the very key objects of the point the name was last absent from. */
    private static boolean sameKeys(Fields fields, String[] keys) {
        for (int i = 0; i < keys.length; i++) {
            if (fields.keyAt(i) != keys[i]) {
                return false;
            }
        }
        return true;
    }

    private int findTag(Tags tags) {
        int n = tags.size();
        if (n > SCAN_LIMIT) {
            return tags.indexOf(name);
        }
        for (int i = 0; i < n; i++) {
            if (is(tags.keyAt(i))) {
                return i;
            }
        }
        return -1;
    }
}

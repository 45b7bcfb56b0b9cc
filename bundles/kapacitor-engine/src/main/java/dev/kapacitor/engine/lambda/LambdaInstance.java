package dev.kapacitor.engine.lambda;

import dev.kapacitor.api.model.FieldType;
import dev.kapacitor.api.model.Fields;
import dev.kapacitor.api.model.Point;
import dev.kapacitor.api.model.Tags;
import dev.kapacitor.engine.lambda.tree.Frame;
import dev.kapacitor.engine.lambda.tree.VType;

/**
 * One instance of a compiled lambda (one per group). Before evaluating, it copies the
 * referenced values out of the point into its frame, checking each name against fields and
 * tags as Kapacitor does (both present is an error), and picks the tree for the references'
 * types. Those checks depend only on the point's layout, its field keys and types and its tag
 * keys: while points come with the layout of the last one that bound (the line protocol parser
 * makes them so, whatever the series), the values are copied from where they were.
 */
final class LambdaInstance implements CompiledLambda {
    private static final byte MISSING = (byte) VType.MISSING.ordinal();
    private static final byte STRING = (byte) VType.STRING.ordinal();
    /**
     * Where a reference was in the last bound point, in {@link #at}: a number, time or boolean
     * field at index {@code at >= 0}; a tag at {@code TAG - at}; a string field at
     * {@code at - STRING_FIELD}; or {@code ABSENT}.
     */
    private static final int ABSENT = -1;
    private static final int TAG = -2;
    private static final int STRING_FIELD = 1 << 30;

    private final LambdaProgram program;
    private final ReferenceCursor[] refs;
    private final Frame frame;
    private final byte[] types;
    /** Per reference, where the last bound point held it, encoded as told at {@link #ABSENT}. */
    private final int[] at;
    private final boolean usesPoint;
    private Tags lastTags;
    /** The fields and tags of the last point bound without error; null until one is. */
    private Fields boundFields;
    private Tags boundTags;
    private LambdaProgram.Spec spec;

    LambdaInstance(LambdaProgram program, Object[] state) {
        this.program = program;
        String[] names = program.refNames();
        int n = names.length;
        this.refs = new ReferenceCursor[n];
        for (int k = 0; k < n; k++) {
            refs[k] = new ReferenceCursor(names[k]);
        }
        this.frame = new Frame(n, state);
        this.types = new byte[n];
        this.at = new int[n];
        this.usesPoint = program.usesPoint();
        java.util.Arrays.fill(types, (byte) -1);
    }

    private LambdaProgram.Spec bind(Point p) {
        if (usesPoint) {
            frame.point = p;
        }
        Fields fields = p.fields();
        Tags tags = p.tags();
        if (fields.sameLayout(boundFields) && tags.sameKeys(boundTags)) {
            copy(fields, tags);
            return spec;
        }
        boundFields = null; // locate() may fail halfway through the places
        LambdaProgram.Spec s = locate(fields, tags);
        boundFields = fields;
        boundTags = tags;
        return s;
    }

    /** Copies the values of a point laid out as the last bound one: same places, same types, no error. */
    private void copy(Fields fields, Tags tags) {
        int[] where = at;
        long[] bits = frame.bits;
        String[] strings = frame.strings;
        for (int k = 0; k < where.length; k++) {
            int i = where[k];
            if (i >= STRING_FIELD) {
                strings[k] = fields.stringAt(i - STRING_FIELD);
            } else if (i >= 0) {
                bits[k] = fields.longAt(i);
            } else if (i != ABSENT) {
                strings[k] = tags.valueAt(TAG - i);
            }
        }
    }

    /** Finds each reference among the fields and tags, copies its value, and picks the tree for the types. */
    private LambdaProgram.Spec locate(Fields fields, Tags tags) {
        boolean newTags = tags != lastTags;
        if (newTags) {
            lastTags = tags;
        }
        boolean changed = spec == null;
        long[] bits = frame.bits;
        String[] strings = frame.strings;
        for (int k = 0; k < refs.length; k++) {
            ReferenceCursor r = refs[k];
            int fi = r.field(fields);
            int ti = newTags ? r.tag(tags) : r.lastTag();
            byte t;
            if (fi >= 0) {
                if (ti >= 0) {
                    spec = null; // types[] may have changed already: specialize again next time
                    throw new LambdaException("cannot have field and tags with same name \"" + r.name() + "\"");
                }
                FieldType ft = fields.typeAt(fi);
                if (ft == FieldType.NULL) {
                    throw new LambdaException("referenced value \"" + r.name() + "\" is nil.");
                }
                if (ft == FieldType.STRING) {
                    strings[k] = fields.stringAt(fi);
                    at[k] = STRING_FIELD + fi;
                } else {
                    bits[k] = fields.longAt(fi);
                    at[k] = fi;
                }
                t = r.typeCode(ft);
            } else if (ti >= 0) {
                t = STRING;
                strings[k] = tags.valueAt(ti);
                at[k] = TAG - ti;
            } else {
                t = MISSING;
                at[k] = ABSENT;
            }
            if (t != types[k]) {
                types[k] = t;
                changed = true;
            }
        }
        if (changed) {
            spec = program.specialize(types);
        }
        if (spec.typeError() != null) {
            throw new LambdaException(spec.typeError());
        }
        return spec;
    }

    @Override
    public boolean test(Point point) {
        LambdaProgram.Spec s = bind(point);
        if (s.type() == VType.BOOL) {
            return s.root().b(frame);
        }
        if (s.type() == VType.MISSING) {
            throw new LambdaException(Specializer.missing(s.missingName()));
        }
        throw new LambdaException("TypeGuard: expression returned unexpected type " + s.type() + ", expected boolean");
    }

    @Override
    public void evalInto(Point point, Fields.Builder out, String name) {
        LambdaProgram.Spec s = bind(point);
        switch (s.type()) {
            case FLOAT -> out.putDouble(name, s.root().d(frame));
            case INT, DURATION -> out.putLong(name, s.root().l(frame));
            case STRING -> out.putString(name, s.root().s(frame));
            case BOOL -> out.putBoolean(name, s.root().b(frame));
            default -> throw unexpected(s);
        }
    }

    @Override
    public Object eval(Point point) {
        LambdaProgram.Spec s = bind(point);
        switch (s.type()) {
            case FLOAT: return s.root().d(frame);
            case INT, DURATION: return s.root().l(frame);
            case STRING: return s.root().s(frame);
            case BOOL: return s.root().b(frame);
            default: throw unexpected(s);
        }
    }

    private static LambdaException unexpected(LambdaProgram.Spec s) {
        if (s.type() == VType.MISSING) {
            return new LambdaException("missing value: \"" + s.missingName() + "\"");
        }
        return new LambdaException("expression returned unexpected type " + s.type());
    }

    @Override
    public FieldType resultType() {
        return program.resultType();
    }
}

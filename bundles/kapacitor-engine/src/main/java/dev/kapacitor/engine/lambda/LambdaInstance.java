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
 * types. Field and tag positions are remembered, since consecutive points of a series
 * usually have the same layout.
 */
final class LambdaInstance implements CompiledLambda {
    private static final byte MISSING = (byte) VType.MISSING.ordinal();
    private static final byte STRING = (byte) VType.STRING.ordinal();
    private static final int SCAN_LIMIT = 12;

    private final LambdaProgram program;
    private final String[] names;
    private final int[] hashes;
    private final Frame frame;
    private final byte[] types;
    private final int[] fieldIndex;
    private final int[] tagIndex;
    private final Tags[] tagsSeen;
    private LambdaProgram.Spec spec;

    LambdaInstance(LambdaProgram program, Object[] state) {
        this.program = program;
        this.names = program.refNames();
        int n = names.length;
        this.hashes = new int[n];
        for (int k = 0; k < n; k++) {
            hashes[k] = names[k].hashCode();
        }
        this.frame = new Frame(n, state);
        this.types = new byte[n];
        this.fieldIndex = new int[n];
        this.tagIndex = new int[n];
        this.tagsSeen = new Tags[n];
        java.util.Arrays.fill(types, (byte) -1);
    }

    private LambdaProgram.Spec bind(Point p) {
        frame.point = p;
        Fields fields = p.fields();
        Tags tags = p.tags();
        boolean changed = spec == null;
        for (int k = 0; k < names.length; k++) {
            String name = names[k];
            int fi = fieldIndex[k];
            int hash = hashes[k];
            if (fi < 0 || fi >= fields.size() || !same(fields.keyAt(fi), name, hash)) {
                fi = fieldIndex(fields, name, hash);
                fieldIndex[k] = fi;
            }
            int ti = tagIndex[k];
            if (tags != tagsSeen[k] && (ti < 0 || ti >= tags.size() || !same(tags.keyAt(ti), name, hash))) {
                ti = tagIndex(tags, name, hash);
                tagIndex[k] = ti;
                tagsSeen[k] = tags;
            }
            byte t;
            if (fi >= 0) {
                if (ti >= 0) {
                    throw new LambdaException("cannot have field and tags with same name \"" + name + "\"");
                }
                t = (byte) fields.typeAt(fi).ordinal();
                frame.bits[k] = fields.longAt(fi);
                frame.strings[k] = fields.stringAt(fi);
            } else if (ti >= 0) {
                t = STRING;
                frame.strings[k] = tags.valueAt(ti);
            } else {
                t = MISSING;
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

    /**
     * Keys are compared by identity first (names are interned; a parser that interns keys
     * makes every hit free), then by the hash a String caches, then by content.
     */
    private static boolean same(String key, String name, int hash) {
        return key == name || (key.hashCode() == hash && key.equals(name));
    }

    /** Few keys is the rule: a scan beats the binary search's compareTo calls. */
    private static int fieldIndex(Fields fields, String name, int hash) {
        int n = fields.size();
        if (n > SCAN_LIMIT) {
            return fields.indexOf(name);
        }
        for (int i = 0; i < n; i++) {
            if (same(fields.keyAt(i), name, hash)) {
                return i;
            }
        }
        return -1;
    }

    private static int tagIndex(Tags tags, String name, int hash) {
        int n = tags.size();
        if (n > SCAN_LIMIT) {
            return tags.indexOf(name);
        }
        for (int i = 0; i < n; i++) {
            if (same(tags.keyAt(i), name, hash)) {
                return i;
            }
        }
        return -1;
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

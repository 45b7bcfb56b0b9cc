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
 * types. Tag positions are not looked at again while points share their Tags object (the
 * line protocol parser shares it within a series).
 */
final class LambdaInstance implements CompiledLambda {
    private static final byte MISSING = (byte) VType.MISSING.ordinal();
    private static final byte STRING = (byte) VType.STRING.ordinal();

    private final LambdaProgram program;
    private final ReferenceCursor[] refs;
    private final Frame frame;
    private final byte[] types;
    private final boolean usesPoint;
    private Tags lastTags;
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
        this.usesPoint = program.usesPoint();
        java.util.Arrays.fill(types, (byte) -1);
    }

    private LambdaProgram.Spec bind(Point p) {
        if (usesPoint) {
            frame.point = p;
        }
        Fields fields = p.fields();
        Tags tags = p.tags();
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
                    throw new LambdaException("cannot have field and tags with same name \"" + r.name() + "\"");
                }
                FieldType ft = fields.typeAt(fi);
                if (ft == FieldType.NULL) {
                    throw new LambdaException("referenced value \"" + r.name() + "\" is nil.");
                }
                if (ft == FieldType.STRING) {
                    strings[k] = fields.stringAt(fi);
                } else {
                    bits[k] = fields.longAt(fi);
                }
                t = r.typeCode(ft);
            } else if (ti >= 0) {
                t = STRING;
                strings[k] = tags.valueAt(ti);
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

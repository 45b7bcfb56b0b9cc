package dev.kapacitor.engine.lambda;

import dev.kapacitor.engine.lambda.functions.Builtin;
import dev.kapacitor.engine.lambda.functions.Signature;
import dev.kapacitor.engine.lambda.tree.VType;
import dev.kapacitor.tickscript.ast.Operator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Type checking before any point is seen. A reference may be any field type, a tag or
 * absent, so each expression gets the set (bit mask) of types it may have. Where the types
 * involved are certain (literals, function results) and no operation fits, the lambda can
 * never work and is refused at define time; anything that depends on the data is left to
 * evaluation, where Kapacitor reports it per point.
 */
final class StaticCheck {
    private StaticCheck() {
    }

    /** The types the expression may have; a mask of 0 means it always fails at evaluation. */
    static int mask(Ir ir) {
        if (ir instanceof Ir.Const c) {
            return c.type().bit;
        } else if (ir instanceof Ir.Ref) {
            return VType.REFERENCE_MASK;
        } else if (ir instanceof Ir.Time) {
            return VType.TIME.bit;
        } else if (ir instanceof Ir.Binary b) {
            return binary(b);
        } else if (ir instanceof Ir.Unary u) {
            return unary(u);
        }
        return call((Ir.Call) ir);
    }

    private static int binary(Ir.Binary b) {
        int lm = mask(b.left());
        int rm = mask(b.right());
        int result = 0;
        for (VType l : types(lm)) {
            for (VType r : types(rm)) {
                VType t = OpTable.result(b.op(), l, r);
                result |= t == null ? 0 : t.bit;
            }
        }
        VType l = VType.single(lm);
        VType r = VType.single(rm);
        if (result == 0 && l != null && r != null) {
            throw new LambdaCompileException(b.pos(), OpTable.error(b.op(), l, r, b.left(), b.right(), false));
        }
        return OpTable.isMath(b.op()) ? result : VType.BOOL.bit;
    }

    private static int unary(Ir.Unary u) {
        int m = mask(u.operand());
        VType single = VType.single(m);
        if (u.op() == Operator.NOT) {
            if (single != null && single != VType.BOOL) {
                throw new LambdaCompileException(u.pos(), "invalid unary operator ! for type " + single);
            }
            return VType.BOOL.bit;
        }
        int negatable = VType.FLOAT.bit | VType.INT.bit | VType.DURATION.bit | VType.BOOL.bit | VType.MISSING.bit;
        if (single != null && (m & negatable) == 0) {
            throw new LambdaCompileException(u.pos(), "invalid unary operator - for type " + single);
        }
        return m & negatable;
    }

    private static int call(Ir.Call c) {
        Builtin fn = c.fn();
        int n = c.args().size();
        int[] masks = new int[n];
        boolean certain = true;
        for (int i = 0; i < n; i++) {
            masks[i] = mask(c.args().get(i));
            certain &= VType.single(masks[i]) != null;
        }
        int result = 0;
        for (Signature s : fn.signatures()) {
            if (s.args().size() == n && accepts(s, masks)) {
                result |= s.result().bit;
            }
        }
        if (result == 0 && certain) {
            VType[] types = new VType[n];
            for (int i = 0; i < n; i++) {
                types[i] = VType.single(masks[i]);
            }
            throw new LambdaCompileException(c.pos(), signatureError(c, types));
        }
        return result;
    }

    private static boolean accepts(Signature s, int[] masks) {
        for (int i = 0; i < masks.length; i++) {
            if ((masks[i] & s.args().get(i).bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Kapacitor's ErrWrongFuncSignature text. */
    static String signatureError(Ir.Call c, VType[] types) {
        StringBuilder args = new StringBuilder("(");
        for (int i = 0; i < types.length; i++) {
            args.append(i == 0 ? "" : ",").append(Ir.text(c.args().get(i))).append(": ").append(types[i]);
        }
        String available = c.fn().signatures().stream().map(Signature::toString)
                .collect(Collectors.joining(", ", "[", "]"));
        return "Cannot call function \"" + c.fn().name() + "\" with args " + args + "), available signatures are "
                + available + ".";
    }

    private static List<VType> types(int mask) {
        return java.util.Arrays.stream(VType.values()).filter(t -> (mask & t.bit) != 0).toList();
    }
}

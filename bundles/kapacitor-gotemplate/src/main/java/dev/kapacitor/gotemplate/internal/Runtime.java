package dev.kapacitor.gotemplate.internal;

import dev.kapacitor.gotemplate.TemplateException;

/** The pieces a compiled template is made of. */
final class Runtime {
    private Runtime() {
    }

    /** One execution's state: dot, the variables ({@code $} first) and the output. */
    static final class Frame {
        Object dot;
        final Object[] vars;
        final StringBuilder out;

        Frame(Object root, int vars, StringBuilder out) {
            this.dot = root;
            this.vars = new Object[Math.max(1, vars)];
            this.vars[0] = root;
            this.out = out;
        }
    }

    @FunctionalInterface
    interface Expr {
        Object eval(Frame f) throws TemplateException;
    }

    @FunctionalInterface
    interface Stmt {
        void exec(Frame f) throws TemplateException;
    }

    /** Where a node sits, to report execution errors as Go does. */
    record Site(Source source, int pos, String node) {
        TemplateException error(String detail) {
            return source.execError(pos, node, detail);
        }
    }

    /** An error raised by a function or method; the caller adds where it happened. */
    static final class GoError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GoError(String message) {
            super(message, null, false, false);
        }
    }

    static void execAll(Stmt[] list, Frame f) throws TemplateException {
        for (Stmt s : list) {
            s.exec(f);
        }
    }
}

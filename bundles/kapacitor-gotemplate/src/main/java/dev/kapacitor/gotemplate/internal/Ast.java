package dev.kapacitor.gotemplate.internal;

import java.util.List;

/**
 * The parse tree, as Go's text/template/parse has it. {@code toString()} prints a node the way
 * Go does in error messages ({@code at <index .Fields "x">}); {@code pos} is a char offset.
 */
final class Ast {
    private Ast() {
    }

    sealed interface Node permits Text, Action, Branch, Else, End {
        int pos();
    }

    /** An operand of a command. */
    sealed interface Arg permits Identifier, Field, Variable, Chain, Dot, Nil, Bool, Number, Str, Pipe {
        int pos();
    }

    record Text(String text, int pos) implements Node {
    }

    record Action(Pipe pipe, int pos) implements Node {
        @Override
        public String toString() {
            return "{{" + pipe + "}}";
        }
    }

    /** {@code if}, {@code range} or {@code with}. */
    record Branch(String keyword, Pipe pipe, List<Node> list, List<Node> elseList, int pos) implements Node {
    }

    record Else(int pos) implements Node {
        @Override
        public String toString() {
            return "{{else}}";
        }
    }

    record End(int pos) implements Node {
        @Override
        public String toString() {
            return "{{end}}";
        }
    }

    record Pipe(List<Variable> decl, boolean assign, List<Command> cmds, int pos) implements Arg {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < decl.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(decl.get(i));
            }
            if (!decl.isEmpty()) {
                sb.append(assign ? " = " : " := ");
            }
            for (int i = 0; i < cmds.size(); i++) {
                sb.append(i > 0 ? " | " : "").append(cmds.get(i));
            }
            return sb.toString();
        }
    }

    record Command(List<Arg> args, int pos) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.size(); i++) {
                Arg a = args.get(i);
                sb.append(i > 0 ? " " : "");
                sb.append(a instanceof Pipe ? "(" + a + ")" : a.toString());
            }
            return sb.toString();
        }
    }

    record Identifier(String name, int pos) implements Arg {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code .A.B}: the names without dots. */
    record Field(List<String> names, int pos) implements Arg {
        @Override
        public String toString() {
            return "." + String.join(".", names);
        }
    }

    /** {@code $x.A.B}: the variable name ({@code $x}) then the field names. */
    record Variable(String name, List<String> fields, int pos) implements Arg {
        @Override
        public String toString() {
            return fields.isEmpty() ? name : name + "." + String.join(".", fields);
        }
    }

    /** Fields on a parenthesized pipeline: {@code (index .Fields "x").A}. */
    record Chain(Arg node, List<String> fields, int pos) implements Arg {
        @Override
        public String toString() {
            String base = node instanceof Pipe ? "(" + node + ")" : node.toString();
            return base + "." + String.join(".", fields);
        }
    }

    record Dot(int pos) implements Arg {
        @Override
        public String toString() {
            return ".";
        }
    }

    record Nil(int pos) implements Arg {
        @Override
        public String toString() {
            return "nil";
        }
    }

    record Bool(boolean value, int pos) implements Arg {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** A number constant, already given the Go value it takes as an argument (int or float64). */
    record Number(String text, Object value, int pos) implements Arg {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A string constant: {@code quoted} as written, {@code value} unquoted. */
    record Str(String quoted, String value, int pos) implements Arg {
        @Override
        public String toString() {
            return quoted;
        }
    }
}

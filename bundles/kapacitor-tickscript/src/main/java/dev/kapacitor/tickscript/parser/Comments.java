package dev.kapacitor.tickscript.parser;

import dev.kapacitor.tickscript.parser.TickScriptParser.LinkContext;
import dev.kapacitor.tickscript.parser.TickScriptParser.StatementContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Decides which statement or chained call owns each // comment, and words it as Kapacitor's
 * CommentString. A comment belongs to the statement, or chained call ({@code |} {@code .}
 * {@code @} or its name), that follows it; a comment after the last statement to the program;
 * any other comment (inside an expression) to the innermost chained call around it, else to
 * its statement, so that no comment is lost.
 */
final class Comments {
    private final Map<ParserRuleContext, List<Token>> owned = new IdentityHashMap<>();

    Comments(ParserRuleContext program, List<Token> tokens) {
        List<ParserRuleContext> holders = new ArrayList<>();
        collectHolders(program, holders);
        Map<Integer, ParserRuleContext> anchors = new HashMap<>();
        for (ParserRuleContext holder : holders) {
            anchors.put(holder.getStart().getTokenIndex(), holder);
            if (holder instanceof LinkContext link) {
                anchors.put(link.name.getTokenIndex(), holder);
            }
        }
        for (Token token : tokens) {
            if (token.getChannel() == TickScriptLexer.COMMENTS) {
                Token next = nextOnDefaultChannel(tokens, token.getTokenIndex());
                ParserRuleContext owner = anchors.get(next.getTokenIndex());
                if (owner == null) {
                    ParserRuleContext around = innermost(holders, token.getTokenIndex());
                    owner = next.getType() == Token.EOF || around == null ? program : around;
                }
                owned.computeIfAbsent(owner, k -> new ArrayList<>()).add(token);
            }
        }
    }

    /** The comment text owned by a statement, link or the program, or null. */
    String of(ParserRuleContext owner) {
        List<Token> comments = owned.get(owner);
        return comments == null ? null : text(comments);
    }

    /**
     * One entry per line without "//" and one space; blocks that were not on consecutive lines
     * are separated by a "\n" entry; all joined by '\n' (Kapacitor's newComment and CommentString).
     */
    static String text(List<Token> comments) {
        List<String> entries = new ArrayList<>();
        Token previous = null;
        for (Token comment : comments) {
            boolean sameBlock = previous != null
                    && comment.getTokenIndex() == previous.getTokenIndex() + 1
                    && comment.getLine() == previous.getLine() + 1;
            if (previous != null && !sameBlock) {
                entries.add("\n");
            }
            String line = comment.getText().strip().substring(2);
            entries.add(line.startsWith(" ") ? line.substring(1) : line);
            previous = comment;
        }
        return String.join("\n", entries);
    }

    private static void collectHolders(ParseTree tree, List<ParserRuleContext> holders) {
        if (tree instanceof StatementContext || tree instanceof LinkContext) {
            holders.add((ParserRuleContext) tree);
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collectHolders(tree.getChild(i), holders);
        }
    }

    private static Token nextOnDefaultChannel(List<Token> tokens, int index) {
        for (int i = index + 1; i < tokens.size(); i++) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return tokens.get(i);
            }
        }
        return tokens.get(tokens.size() - 1);
    }

    private static ParserRuleContext innermost(List<ParserRuleContext> holders, int index) {
        ParserRuleContext best = null;
        for (ParserRuleContext holder : holders) {
            int start = holder.getStart().getTokenIndex();
            int stop = holder.getStop().getTokenIndex();
            if (start < index && index < stop && (best == null || start >= best.getStart().getTokenIndex())) {
                best = holder;
            }
        }
        return best;
    }
}

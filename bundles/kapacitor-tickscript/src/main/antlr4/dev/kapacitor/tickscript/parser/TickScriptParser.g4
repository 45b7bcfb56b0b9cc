/*
 * TICKscript 1.5 syntax (tick/ast/parser.go). The grammar is deliberately a little wider
 * than Kapacitor's where that keeps every decision LL(1) or LL(2), so that a syntax error is
 * reported at the token that is wrong, with what was expected there. AstBuilder then rejects
 * what Kapacitor does not accept: chains inside lambdas or as operands, lambdas and lists as
 * arguments of functions inside a lambda, empty list items and arguments.
 */
parser grammar TickScriptParser;

options { tokenVocab = TickScriptLexer; }

program : statement* EOF ;

// the lambda expression of a topic handler's match (Kapacitor's ParseLambda)
lambdaOnly : operation EOF ;

statement
    : VAR name=IDENT ( ASGN expression | type=IDENT )   # varStatement
    | DBRP db=REFERENCE DOT rp=REFERENCE                # dbrpStatement
    | expression                                        # exprStatement
    ;

expression
    : LAMBDA operation                                          # lambda
    | LSBRACKET ( listItem ( COMMA listItem? )* )? RSBRACKET   # list
    | operation                                                 # plain
    ;

listItem : IDENT | STRING | TRIPLE_STRING | STAR ;

// Kapacitor's precedence, all left-associative: * / %, + -, comparisons, equality, AND, OR.
operation
    : primary                                                   # operand
    | operation op=( MULT | DIV | MOD ) operation               # binary
    | operation op=( PLUS | MINUS ) operation                   # binary
    | operation op=( GT | GE | LT | LE ) operation              # binary
    | operation op=( EQ | NE | REGEX_EQ | REGEX_NE ) operation  # binary
    | operation op=AND operation                                # binary
    | operation op=OR operation                                 # binary
    ;

primary
    : LPAREN operation RPAREN                           # parens
    | op=( MINUS | NOT ) primary                        # unary
    | IDENT ( LPAREN arguments RPAREN )? link*          # identOrCall
    | literal                                           # literalPrimary
    ;

// |name() creates a node, .name() sets a property (.name reads one), @name() calls a UDF
link
    : op=PIPE name=IDENT LPAREN arguments RPAREN
    | op=( DOT | AT ) name=IDENT ( LPAREN arguments RPAREN )?
    ;

arguments : ( expression ( COMMA expression? )* )? ;

literal
    : NUMBER | DURATION | STRING | TRIPLE_STRING | TRUE | FALSE | REGEX | STAR | REFERENCE
    ;

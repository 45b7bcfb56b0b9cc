/*
 * TICKscript tokens as Kapacitor 1.5 lexes them (tick/ast/lex.go).
 *
 * Kapacitor's lexer has two states: at the start of a token '/' opens a regex and '*' is a
 * star; right after an operand '/' divides and '*' multiplies. The rules below always lex a
 * regex and a star; LexerBase turns them into DIV and MULT after an operand. (Semantic
 * predicates would do the same but stop ANTLR from caching its lexer DFA: 5x slower.)
 */
lexer grammar TickScriptLexer;

options { superClass = LexerBase; }

channels { COMMENTS }

tokens { LEX_ERROR, MULT }

// Keywords come before IDENT so that a tie goes to the keyword; 'lambda' is a keyword only
// when ':' follows at once, otherwise it is an identifier.
VAR    : 'var' ;
DBRP   : 'dbrp' ;
TRUE   : 'TRUE' ;
FALSE  : 'FALSE' ;
AND    : 'AND' ;
OR     : 'OR' ;
LAMBDA : 'lambda:' ;

DURATION : DIGIT+ ( 'u' | '\u00B5' | 'ms' | 's' | 'm' | 'h' | 'd' | 'w' ) ;
NUMBER   : DIGIT+ ( '.' DIGIT* )? | '.' DIGIT+ ;
// 1.2. is an error in Kapacitor ("multiple decimals in number"), not 1.2 followed by '.'
BAD_NUMBER : ( DIGIT+ '.' DIGIT* | '.' DIGIT+ ) '.' ;

IDENT : LETTER ( LETTER | [\p{Nd}] | '_' )* ;

// Only \' is an escape inside '...'; a triple-quoted string is raw and may span lines.
TRIPLE_STRING : '\'\'\'' .*? '\'\'\'' ;
STRING        : '\'' ( '\\\'' | '\\' | ~['\\] )* '\'' ;
// "..." names a field or tag; \" is its only escape.
REFERENCE     : '"' ( '\\"' | '\\' | ~["\\] )* '"' ;

COMMENT : '//' ~[\r\n]* -> channel(COMMENTS) ;
REGEX   : '/' ( '\\/' | '\\' | ~[/\\] )* '/' ;
STAR    : '*' ;

LPAREN    : '(' ;
RPAREN    : ')' ;
LSBRACKET : '[' ;
RSBRACKET : ']' ;
COMMA     : ',' ;
DOT       : '.' ;
PIPE      : '|' ;
AT        : '@' ;

EQ        : '==' ;
NE        : '!=' ;
REGEX_EQ  : '=~' ;
REGEX_NE  : '!~' ;
GE        : '>=' ;
LE        : '<=' ;
GT        : '>' ;
LT        : '<' ;
ASGN      : '=' ;
NOT       : '!' ;
PLUS      : '+' ;
MINUS     : '-' ;
DIV       : '/' ;
MOD       : '%' ;

WS : [\p{White_Space}]+ -> skip ;

// Anything else, including an unterminated string or reference; LexerBase names it.
ERROR_CHAR : . ;

fragment DIGIT  : [0-9] ;
fragment LETTER : [\p{L}] ;

// Package parser turns Python 3 source into a gpython (v0.2.0) AST with exact
// CPython 3.11 line:column positions, adding the post-3.4 syntax that
// tutorial programs use: f-strings (JoinedStr/FormattedValue), variable
// annotations (AnnAssign) and numeric underscores.
//
// It works without forking gpython: a small pre-lexer rewrites the source so
// that every byte keeps its offset and every newline its place (f-string
// bodies and annotations are blanked, numbers lose their underscores), stock
// gpython parses the result, and the extra nodes are spliced back in at the
// recorded positions. Call, Attribute and Subscript nodes are then moved to
// the start of their leftmost child, and except handlers to their `except`
// keyword, as in CPython.
//
// It does not translate, resolve names or check semantics. Syntax that cannot
// be rewritten safely (walrus, match, binary @, PEP 448 unpacking beyond the
// 3.4 grammar, positional-only parameters, parenthesised with-items,
// async/await, except*, PEP 614 decorators) is reported as a positioned
// "unsupported:" error instead of gpython's generic "invalid syntax".
// gpython's own position quirks are repaired from the pre-lexer's token
// table so that every node sits where CPython 3.11 puts it: calls,
// attributes and subscripts at their primary (including grouping
// parentheses), displays, comprehensions and generator expressions at their
// opening bracket, tuple targets of `for` at their first element, elif
// branches and except handlers at their keywords. Dotted decorator names,
// one Name in gpython, become Attribute chains as in CPython.
package parser

package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/parser"
)

// desugar rewrites the parsed module, before names are resolved, into an
// equivalent one the later stages translate: wrapper decorators are
// specialised per decorated function (decorate.go), loops over displays of
// differently shaped constants are unrolled (unroll.go), and f(*(a, b))
// and f(**{"k": v}) become f(a, b) and f(k=v). It returns f itself when
// nothing changed; the parser's tree is never mutated. renamed maps the
// functions it renamed to their Python names.
func desugar(f *parser.File) (out *parser.File, renamed map[ast.Identifier]ast.Identifier) {
	mod, renamed := decorate(f.Module)
	u := newUnroller(mod)
	w := &rewriter{stmts: u.stmts, node: spreadDisplays}
	mod = w.rewriteModule(mod)
	if body := u.dropConsumed(mod.Body); len(body) != len(mod.Body) {
		cp := *mod
		cp.Body = body
		mod = &cp
	}
	if mod == f.Module {
		return f, renamed
	}
	cp := *f
	cp.Module = mod
	return &cp, renamed
}

// spreadDisplays turns the star arguments of a call that are displays into
// plain arguments: CPython evaluates them after the arguments written
// before them, as it does plain ones.
func spreadDisplays(n any) (any, bool) {
	call, ok := n.(*ast.Call)
	if !ok || (call.Starargs == nil && call.Kwargs == nil) {
		return nil, false
	}
	out := *call
	changed := false
	if elts := displayElems(call.Starargs); call.Starargs != nil && elts != nil && call.Kwargs == nil && len(call.Keywords) == 0 {
		out.Args = append(append([]ast.Expr(nil), call.Args...), elts...)
		out.Starargs = nil
		changed = true
	}
	if kws, _, ok := spreadKwargs(call.Kwargs); call.Kwargs != nil && ok && !repeatsKeyword(call.Keywords, kws) {
		out.Keywords = append(append([]*ast.Keyword(nil), call.Keywords...), kws...)
		out.Kwargs = nil
		changed = true
	}
	if !changed {
		return nil, false
	}
	return &out, true
}

// repeatsKeyword reports whether kws names a keyword already given, which
// CPython refuses at run time: left as written, to be reported.
func repeatsKeyword(given, kws []*ast.Keyword) bool {
	seen := map[ast.Identifier]bool{}
	for _, kw := range given {
		seen[kw.Arg] = true
	}
	for _, kw := range kws {
		if seen[kw.Arg] {
			return true
		}
		seen[kw.Arg] = true
	}
	return false
}

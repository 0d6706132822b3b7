package mapper

import (
	"github.com/go-python/gpython/ast"
)

// A contextmanager that yields a list its cleanup reads shares that list
// with the with body:
//
//	@contextmanager
//	def collecting():
//	    items = []
//	    yield items
//	    print("collected", items)
//
//	with collecting() as bucket:
//	    bucket.append(1)
//
// In Go the generator returns a pointer to its variable (&items), and the
// with statement's name is a by-reference symbol holding it: reads are
// *bucket, appends `*bucket = append(*bucket, 1)` grow the generator's
// list, which the cleanup closure then reads. The two names also share one
// element type, whichever side learns it. Only a local name that this with
// statement alone binds can change its Go type so; other names are a
// diagnostic.

// flowSharedList joins the types of a with name and the list variable its
// contextmanager yields and shares, and marks the name by-reference.
func (m *mapper) flowSharedList(s *Scope, it *ast.WithItem) {
	call, ok := it.ContextExpr.(*ast.Call)
	if !ok {
		return
	}
	fn := m.funcOf(call.Func)
	if !m.isContextManager(fn) {
		return
	}
	cm, ok := m.quietSplit(fn)
	if !ok || !cm.sharesList(m, fn) {
		return
	}
	yielded := m.lookup(fn.Scope, string(cm.yield.Value.(*ast.Name).Id))
	name, isName := it.OptionalVars.(*ast.Name)
	if yielded == nil || !isName {
		return
	}
	sym := m.lookup(s, string(name.Id))
	if sym == nil || sym.Stores != 1 || sym.Kind != VarSym {
		return
	}
	sym.ByRef = true
	m.refine(&yielded.Type, sym.Type)
	m.refine(&sym.Type, yielded.Type)
}

// quietSplit is splitContextManager without its diagnostic (reported when
// the function is translated).
func (m *mapper) quietSplit(fn *Function) (*contextManager, bool) {
	n := len(m.diags)
	cm, ok := m.splitContextManager(fn)
	m.diags = m.diags[:n]
	return cm, ok
}

// bindsSharedList reports whether the name of `with f() as name` was made
// a pointer to the list f yields (flowSharedList); a package-level name
// cannot be.
func (c *fnCtx) bindsSharedList(target ast.Expr) bool {
	name, ok := target.(*ast.Name)
	if !ok {
		return false
	}
	sym := c.m.info.Uses[name]
	return sym != nil && sym.ByRef && !sym.Global
}

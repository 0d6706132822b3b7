package mapper

import (
	"go/token"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Evaluation order of arguments. Python evaluates a call's arguments left
// to right. Go evaluates the function calls among them left to right, but
// loads a variable, a field or an element at an unspecified point, which
// the gc compiler puts after the calls: Go's fmt.Println(c.value,
// c.increment()) prints the incremented value where Python's print printed
// the old one. So where an argument that loads state (a field, an element,
// a package-level variable) comes before an argument that calls code which
// may change it, the arguments up to that load are evaluated into
// temporaries first, in order, as Python would.
//
// Calls that cannot change what the earlier arguments load (fmt, strings,
// strconv, math..., the runtime, Go builtins and conversions, the methods of
// library objects) do not count.
// Only the arguments of calls in statements (expression statements,
// assignments, returns) are reordered; operands of binary operators are
// left as they are.

// pureCallPkgs are the packages whose functions the emitted code calls
// without side effects on program state.
var pureCallPkgs = map[string]bool{
	"fmt": true, "strings": true, "strconv": true, "math": true, "slices": true, "maps": true,
	"unicode/utf8": true, "cmp": true, "sort": true, "unicode": true, ir.Runtime: true,
}

// goBuiltins are Go's predeclared functions and conversions.
var goBuiltins = map[string]bool{
	"len": true, "cap": true, "append": true, "min": true, "max": true, "string": true,
	"float64": true, "int": true, "bool": true, "rune": true, "byte": true, "any": true,
}

// orderBlock applies the evaluation-order rule to every statement of a
// function body, nested blocks included.
func (c *fnCtx) orderBlock(b *ir.Block) {
	if b == nil {
		return
	}
	facts := &orderFacts{globals: c.m.globalGoNames(), pure: c.m.pureCallNames()}
	c.orderStmts(b, facts)
}

// orderFacts are what the rule needs to know of the module: its
// package-level variables and the calls that change no state.
type orderFacts struct {
	globals, pure map[string]bool
}

func (c *fnCtx) orderStmts(b *ir.Block, facts *orderFacts) {
	if b == nil {
		return
	}
	out := make([]ir.Stmt, 0, len(b.Stmts))
	for _, st := range b.Stmts {
		var roots []ir.Expr
		switch s := st.(type) {
		case *ir.ExprStmt:
			roots = []ir.Expr{s.X}
		case *ir.Assign:
			roots = s.Rhs
		case *ir.Return:
			roots = s.Results
		}
		for _, r := range roots {
			if call, ok := r.(*ir.Call); ok {
				out = append(out, c.orderArgs(call, facts)...)
			}
		}
		out = append(out, st)
		c.orderNested(st, facts)
	}
	b.Stmts = out
}

// orderNested descends into a statement's blocks.
func (c *fnCtx) orderNested(st ir.Stmt, facts *orderFacts) {
	for _, b := range ir.ChildBlocks(st) {
		c.orderStmts(b, facts)
	}
}

// orderArgs rewrites call's arguments (and those of calls nested in them)
// so that Go evaluates them in Python's order, and returns the temporaries'
// declarations to put before the statement.
func (c *fnCtx) orderArgs(call *ir.Call, facts *orderFacts) []ir.Stmt {
	var pre []ir.Stmt
	last := -1
	for i, a := range call.Args {
		if facts.changesState(a) {
			last = i
		}
	}
	done := 0 // call.Args[:done] are evaluated in pre already, or need not be
	evalUpTo := func(k int) {
		for ; done < k; done++ {
			a := call.Args[done]
			if isConstant(a) || call.Ellipsis && done == len(call.Args)-1 {
				continue
			}
			tmp := c.names.claim(tempName(a))
			pre = append(pre, &ir.Assign{Lhs: []ir.Expr{ir.Id(tmp)}, Tok: ":=", Rhs: []ir.Expr{a}})
			call.Args[done] = ir.Id(tmp)
		}
	}
	for i, a := range call.Args {
		if inner, ok := a.(*ir.Call); ok {
			if sub := c.orderArgs(inner, facts); len(sub) > 0 {
				// The inner temporaries run before the statement: what Python
				// evaluated before them must run before them too.
				evalUpTo(i)
				pre = append(pre, sub...)
			}
		}
		if i < last && loadsState(a, facts.globals) {
			evalUpTo(i + 1)
		}
	}
	return pre
}

// tempName names the temporary holding an argument's value from before
// the later calls, after what it loads.
func tempName(e ir.Expr) string {
	switch x := e.(type) {
	case *ir.Selector:
		return goIdent(x.Sel) + "Before"
	case *ir.Ident:
		return x.Name + "Before"
	}
	return "argBefore"
}

// isConstant reports whether evaluating e can neither see nor cause a
// change.
func isConstant(e ir.Expr) bool {
	switch x := e.(type) {
	case *ir.Lit, *ir.Nil, *ir.Qual, *ir.FuncLit:
		return true
	case *ir.Paren:
		return isConstant(x.X)
	}
	return false
}

// changesState reports whether evaluating e may call code that changes
// program state: a user function or method that writes (effects.go), a
// function value, or a function literal whose body calls one.
func (facts *orderFacts) changesState(e ir.Expr) bool {
	found := false
	ir.WalkExpr(e, func(x ir.Expr) {
		if call, ok := x.(*ir.Call); ok && !found {
			found = facts.callChanges(call)
		}
	})
	return found
}

func (facts *orderFacts) callChanges(call *ir.Call) bool {
	switch f := call.Fun.(type) {
	case *ir.Qual:
		if pureCallPkgs[f.Pkg] {
			// The runtime's helpers change a container only through a
			// pointer to it.
			for _, a := range call.Args {
				if u, ok := a.(*ir.Unary); ok && u.Op == "&" {
					return true
				}
			}
			return false
		}
	case *ir.Ident:
		return !goBuiltins[f.Name] && !facts.pure[f.Name]
	case *ir.TypeExpr:
		return false
	case *ir.Selector:
		// Library objects' methods (q.Get(), t.Name()) are exported and
		// change only their own object, which no argument loads; the
		// methods of user classes are not exported.
		return !token.IsExported(f.Sel) && !facts.pure[f.Sel]
	case *ir.FuncLit:
		changes := false
		for _, st := range f.Body.Stmts {
			ir.StmtExprs(st, func(e ir.Expr) { changes = changes || facts.changesState(e) })
		}
		return changes
	}
	return true
}

// loadsState reports whether e, outside any call, loads a field, an
// element, a pointer's target or a package-level variable: a value a
// later call may change.
func loadsState(e ir.Expr, globals map[string]bool) bool {
	switch x := e.(type) {
	case *ir.Selector, *ir.Index, *ir.SliceExpr:
		return true
	case *ir.Ident:
		return globals[x.Name]
	case *ir.Unary:
		return x.Op == "*" || loadsState(x.X, globals)
	case *ir.Binary:
		return loadsState(x.X, globals) || loadsState(x.Y, globals)
	case *ir.Paren:
		return loadsState(x.X, globals)
	case *ir.TypeAssert:
		return loadsState(x.X, globals)
	case *ir.Call:
		// Go's builtins and conversions are not ordered as calls are.
		id, builtin := x.Fun.(*ir.Ident)
		_, conversion := x.Fun.(*ir.TypeExpr)
		if builtin && goBuiltins[id.Name] || conversion {
			for _, a := range x.Args {
				if loadsState(a, globals) {
					return true
				}
			}
		}
	}
	return false
}

// globalGoNames are the Go names of the module's package-level variables.
func (m *mapper) globalGoNames() map[string]bool {
	names := map[string]bool{}
	for _, sym := range m.module.Syms {
		if sym.Kind == VarSym && sym.Global {
			names[sym.GoName] = true
		}
	}
	return names
}

package mapper

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// A loop over a display of constant tuples or dicts whose shapes differ has no
// static Go element type:
//
//	for target, args in [(leave, (0,)), (crash, ())]:
//	    p = Process(target=target, args=args)
//
// (a function of one parameter, then one of none). Such a loop is unrolled
// before name resolution: the body is repeated once per element, each load
// of a loop variable replaced by the element's part, so every copy is typed
// and translated on its own. Only pure elements qualify — constants, names
// of module functions and classes, and tuple, list and dict displays of
// them — so evaluating them where the body reads them instead of once
// before the loop changes nothing. The loop variables must not be stored,
// nor named anywhere outside the loop (except as other functions' own
// locals), and the body must not break or continue, nor define functions
// or classes. A display bound to a name that only the loop reads is
// unrolled too, and its assignment dropped.

type unroller struct {
	mod *ast.Module
	// names counts every occurrence of each identifier as a Name node.
	names map[ast.Identifier]int
	// defs are the module's def and class names bound exactly once.
	defs map[ast.Identifier]bool
	// displays are module-level `name = [display]` statements whose name
	// is read once; consumed ones are dropped.
	displays map[ast.Identifier]*ast.Assign
	consumed map[*ast.Assign]bool
}

func newUnroller(mod *ast.Module) *unroller {
	u := &unroller{mod: mod, names: map[ast.Identifier]int{}, defs: map[ast.Identifier]bool{},
		displays: map[ast.Identifier]*ast.Assign{}, consumed: map[*ast.Assign]bool{}}
	bound := map[ast.Identifier]int{}
	eachNode(mod, func(n any) {
		switch x := n.(type) {
		case *ast.Name:
			u.names[x.Id]++
			if x.Ctx != ast.Load {
				bound[x.Id]++
			}
		case *ast.FunctionDef:
			bound[x.Name]++
		case *ast.ClassDef:
			bound[x.Name]++
		}
	})
	for _, st := range mod.Body {
		switch x := st.(type) {
		case *ast.FunctionDef:
			u.defs[x.Name] = bound[x.Name] == 1
		case *ast.ClassDef:
			u.defs[x.Name] = bound[x.Name] == 1
		case *ast.Assign:
			if len(x.Targets) != 1 {
				continue
			}
			if nm, ok := x.Targets[0].(*ast.Name); ok && u.names[nm.Id] == 2 && isDisplay(x.Value) {
				u.displays[nm.Id] = x
			}
		}
	}
	return u
}

func isDisplay(e ast.Expr) bool {
	switch e.(type) {
	case *ast.List, *ast.Tuple:
		return true
	}
	return false
}

// stmts unrolls the qualifying loops of one statement list and drops the
// assignments of the displays they consumed.
func (u *unroller) stmts(body []ast.Stmt) ([]ast.Stmt, bool) {
	var out []ast.Stmt
	changed := false
	for _, st := range body {
		if loop, ok := st.(*ast.For); ok {
			if copies, ok := u.unroll(loop); ok {
				out = append(out, copies...)
				changed = true
				continue
			}
		}
		out = append(out, st)
	}
	return out, changed
}

// dropConsumed removes the assignments of consumed displays from the
// module body.
func (u *unroller) dropConsumed(body []ast.Stmt) []ast.Stmt {
	if len(u.consumed) == 0 {
		return body
	}
	var out []ast.Stmt
	for _, st := range body {
		if a, ok := st.(*ast.Assign); ok && u.consumed[a] {
			continue
		}
		out = append(out, st)
	}
	return out
}

// unroll returns the loop's body once per element, or ok false when the
// loop does not qualify.
func (u *unroller) unroll(loop *ast.For) ([]ast.Stmt, bool) {
	if len(loop.Orelse) > 0 || breaksOrContinues(loop.Body) {
		return nil, false
	}
	iter, start, target := loop.Iter, -1, loop.Target
	if call, ok := iter.(*ast.Call); ok {
		s, inner, ok := enumerateOf(call)
		if !ok {
			return nil, false
		}
		tup, ok := target.(*ast.Tuple)
		if !ok || len(tup.Elts) != 2 {
			return nil, false
		}
		iter, start, target = inner, s, tup.Elts[1]
	}
	var source *ast.Assign
	if nm, ok := iter.(*ast.Name); ok {
		source = u.displays[nm.Id]
		if source == nil {
			return nil, false
		}
		iter = source.Value
	}
	elems := displayElems(iter)
	if len(elems) < 2 || !allRecords(elems) || !u.pure(elems) || sameShapes(elems) {
		return nil, false
	}
	vars := targetNames(loop.Target)
	if vars == nil || !u.onlyInLoop(loop, vars) || (hasDict(elems) && !spreadsKwargs(loop.Body, vars)) {
		return nil, false
	}
	var out []ast.Stmt
	for k, el := range elems {
		subst := map[ast.Identifier]ast.Expr{}
		if !bindTarget(target, el, subst) {
			return nil, false
		}
		if start >= 0 {
			idx := loop.Target.(*ast.Tuple).Elts[0].(*ast.Name)
			num := &ast.Num{N: py.Int(start + k)}
			num.Lineno, num.ColOffset = idx.Lineno, idx.ColOffset
			subst[idx.Id] = num
		}
		out = append(out, substitute(loop.Body, subst)...)
	}
	if source != nil {
		u.consumed[source] = true
	}
	return out, true
}

// enumerateOf matches enumerate(xs) and enumerate(xs, start) with a
// constant start.
func enumerateOf(call *ast.Call) (start int, xs ast.Expr, ok bool) {
	if !isName(call.Func, "enumerate") || len(call.Args) < 1 || call.Starargs != nil || call.Kwargs != nil {
		return 0, nil, false
	}
	var s ast.Expr
	if len(call.Args) == 2 {
		s = call.Args[1]
	}
	for _, kw := range call.Keywords {
		if kw.Arg != "start" {
			return 0, nil, false
		}
		s = kw.Value
	}
	if s == nil {
		return 0, call.Args[0], true
	}
	num, isNum := s.(*ast.Num)
	if !isNum {
		return 0, nil, false
	}
	v, isInt := intConst(num)
	return v, call.Args[0], isInt && v >= 0
}

// allRecords reports whether every element is a tuple or dict display: the
// records whose differing shapes no Go type holds. Loops over scalars of
// mixed types keep their loop (over values of type any).
func allRecords(elems []ast.Expr) bool {
	for _, e := range elems {
		switch e.(type) {
		case *ast.Tuple, *ast.Dict:
		default:
			return false
		}
	}
	return true
}

func displayElems(e ast.Expr) []ast.Expr {
	switch d := e.(type) {
	case *ast.List:
		return d.Elts
	case *ast.Tuple:
		return d.Elts
	}
	return nil
}

// breaksOrContinues reports whether a loop body breaks or continues
// (nested loops included: kept simple), or defines a function or class,
// which its copies would define again.
func breaksOrContinues(body []ast.Stmt) bool {
	found := false
	eachNode(body, func(n any) {
		switch n.(type) {
		case *ast.Break, *ast.Continue, *ast.FunctionDef, *ast.ClassDef:
			found = true
		}
	})
	return found
}

// pure reports whether evaluating the elements late gives the same values.
func (u *unroller) pure(elems []ast.Expr) bool {
	for _, e := range elems {
		switch x := e.(type) {
		case *ast.Num, *ast.Str, *ast.NameConstant:
		case *ast.Name:
			if !u.defs[x.Id] {
				return false
			}
		case *ast.Tuple:
			if !u.pure(x.Elts) {
				return false
			}
		case *ast.List:
			if !u.pure(x.Elts) {
				return false
			}
		case *ast.Dict:
			for _, k := range x.Keys {
				if _, ok := k.(*ast.Str); !ok {
					return false
				}
			}
			if !u.pure(x.Values) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// shape describes a pure element's structure; elements of one shape share
// a Go type.
func shape(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Num:
		return "num"
	case *ast.Str:
		return "str"
	case *ast.NameConstant:
		if x.Value == py.None {
			return "none"
		}
		return "bool"
	case *ast.Name:
		return "name"
	case *ast.Tuple:
		parts := make([]string, len(x.Elts))
		for i, el := range x.Elts {
			parts[i] = shape(el)
		}
		return "(" + strings.Join(parts, ",") + ")"
	case *ast.List:
		parts := map[string]bool{}
		for _, el := range x.Elts {
			parts[shape(el)] = true
		}
		return "[" + strings.Join(sortedKeys(parts), "|") + "]"
	case *ast.Dict:
		parts := make([]string, len(x.Keys))
		for i, k := range x.Keys {
			parts[i] = string(k.(*ast.Str).S) + ":" + shape(x.Values[i])
		}
		sort.Strings(parts)
		return "{" + strings.Join(parts, ",") + "}"
	}
	return "?"
}

func sameShapes(elems []ast.Expr) bool {
	for _, e := range elems[1:] {
		if shape(e) != shape(elems[0]) {
			return false
		}
	}
	return true
}

// targetNames lists the names a loop target binds, or nil for a target
// other than names and tuples of names.
func targetNames(t ast.Expr) []ast.Identifier {
	switch x := t.(type) {
	case *ast.Name:
		return []ast.Identifier{x.Id}
	case *ast.Tuple:
		var out []ast.Identifier
		for _, el := range x.Elts {
			sub := targetNames(el)
			if sub == nil {
				return nil
			}
			out = append(out, sub...)
		}
		return out
	}
	return nil
}

// onlyInLoop reports whether the loop variables occur nowhere but in the
// loop, and only as loads in its body.
func (u *unroller) onlyInLoop(loop *ast.For, vars []ast.Identifier) bool {
	inLoop := map[ast.Identifier]int{}
	stored := false
	eachNode(loop.Body, func(n any) {
		if x, ok := n.(*ast.Name); ok {
			inLoop[x.Id]++
			if x.Ctx != ast.Load {
				stored = stored || containsId(vars, x.Id)
			}
		}
	})
	if stored {
		return false
	}
	for _, v := range vars {
		if u.names[v]-u.localUses(v, loop) != inLoop[v]+1 {
			return false
		}
	}
	return true
}

// localUses counts the occurrences of v inside the functions, not
// containing loop, where v is a local variable of their own: those are
// other variables than the loop's.
func (u *unroller) localUses(v ast.Identifier, loop *ast.For) int {
	var defs []*ast.FunctionDef
	eachNode(u.mod, func(n any) {
		if fd, ok := n.(*ast.FunctionDef); ok && bindsLocally(fd, v) && !holdsLoopAt(fd, loop) {
			defs = append(defs, fd)
		}
	})
	count := 0
	for i, fd := range defs {
		nested := false
		for j, outer := range defs {
			nested = nested || (i != j && holds(outer, fd))
		}
		if nested {
			continue // counted with the function around it
		}
		eachNode(fd, func(n any) {
			if nm, ok := n.(*ast.Name); ok && nm.Id == v {
				count++
			}
		})
	}
	return count
}

// bindsLocally reports whether v is a parameter or assigned variable of fd
// not declared global or nonlocal.
func bindsLocally(fd *ast.FunctionDef, v ast.Identifier) bool {
	local, declared := false, false
	eachNode(fd, func(n any) {
		switch x := n.(type) {
		case *ast.Arg:
			local = local || x.Arg == v
		case *ast.Name:
			local = local || (x.Id == v && x.Ctx != ast.Load)
		case *ast.Global:
			declared = declared || containsId(x.Names, v)
		case *ast.Nonlocal:
			declared = declared || containsId(x.Names, v)
		}
	})
	return local && !declared
}

// holdsLoopAt reports whether fd contains a loop at loop's position (the
// loop may be a rewritten copy).
func holdsLoopAt(fd *ast.FunctionDef, loop *ast.For) bool {
	found := false
	eachNode(fd, func(n any) {
		if f, ok := n.(*ast.For); ok && f.Lineno == loop.Lineno && f.ColOffset == loop.ColOffset {
			found = true
		}
	})
	return found
}

// holds reports whether inner is nested in outer.
func holds(outer, inner *ast.FunctionDef) bool {
	found := false
	eachNode(outer.Body, func(n any) {
		found = found || n == any(inner)
	})
	return found
}

func containsId(ids []ast.Identifier, id ast.Identifier) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// bindTarget records, for each name of target, the part of el it takes.
func bindTarget(target, el ast.Expr, subst map[ast.Identifier]ast.Expr) bool {
	switch t := target.(type) {
	case *ast.Name:
		subst[t.Id] = el
		return true
	case *ast.Tuple:
		elts := displayElems(el)
		if _, isTuple := el.(*ast.Tuple); !isTuple || len(elts) != len(t.Elts) {
			return false
		}
		for i, sub := range t.Elts {
			if !bindTarget(sub, elts[i], subst) {
				return false
			}
		}
		return true
	}
	return false
}

// substitute copies body with each load of a name in subst replaced by a
// copy of its expression (which keeps the element's position).
func substitute(body []ast.Stmt, subst map[ast.Identifier]ast.Expr) []ast.Stmt {
	w := &rewriter{copyAll: true}
	w.node = func(n any) (any, bool) {
		nm, ok := n.(*ast.Name)
		if !ok || nm.Ctx != ast.Load || subst[nm.Id] == nil {
			return spreadDisplays(n) // f(**spec) of a substituted display
		}
		return (&rewriter{copyAll: true}).expr(subst[nm.Id]), true
	}
	return w.block(body)
}

// hasDict reports whether a record is a dict display.
func hasDict(elems []ast.Expr) bool {
	for _, e := range elems {
		if _, ok := e.(*ast.Dict); ok {
			return true
		}
	}
	return false
}

// spreadsKwargs reports whether the body passes a loop variable as **var:
// only then do the dicts' differing keys need a copy of the body each (a
// dict read by key is a map of the values' join).
func spreadsKwargs(body []ast.Stmt, vars []ast.Identifier) bool {
	found := false
	eachNode(body, func(n any) {
		if call, ok := n.(*ast.Call); ok && call.Kwargs != nil {
			if nm, ok := call.Kwargs.(*ast.Name); ok && containsId(vars, nm.Id) {
				found = true
			}
		}
	})
	return found
}

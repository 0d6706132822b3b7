package mapper

import (
	"fmt"
	"os"

	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
	"github.com/py2goconc/py2goconc/parser"
)

// Info holds what the mapper derives about the Python AST, keyed by node, as
// go/types.Info does: the tree itself is never annotated.
type Info struct {
	// Types is the inferred static type of each expression.
	Types map[ast.Expr]Type
	// Uses maps each name occurrence to its symbol.
	Uses map[*ast.Name]*Symbol
	// Threads maps each threading.Thread(...) call to its thread group.
	Threads map[*ast.Call]*ThreadGroup
	// DictOrders maps each node that makes a dict (a literal, a
	// comprehension, a dict() call) to its order group (dictorder.go).
	DictOrders map[ast.Ast]*DictOrder
}

// mapper holds the state of one file's translation.
type mapper struct {
	file    *parser.File
	module  *Scope
	funcs   []*Function
	classes []*Class
	info    *Info
	diags   parser.Diagnostics
	// changed is set by any type refinement during an inference pass.
	changed bool
	// assignValue is the value of the assignment being inferred, and
	// numSlots what refineNumber knows of each variable and attribute.
	assignValue ast.Expr
	numSlots    map[*Type]*numSlot
	// intGuess is the state of deferIntGuess.
	intGuess intGuessState
	// nonFinite caches makesNonFinite: 0 not computed, 1 yes, -1 no.
	nonFinite int
	// seeded caches seedsRandom, likewise.
	seeded int
	// compScopes holds the scope of each comprehension's loop variables.
	compScopes map[ast.Expr]*Scope
	lambdas    map[*ast.Lambda]*Function
	groups     []*ThreadGroup
	names      *namer
	// needWait lists thread groups main must wait for before it returns.
	// skip holds module statements already expressed as package-level
	// declarations.
	skip map[ast.Stmt]bool
	// runtimeLocks is set when some lock needs what sync.Mutex lacks
	// (locked(), acquire with a timeout): then every lock is a pyrt.Lock.
	runtimeLocks bool
	// external and freeVars are the names a fragment uses without
	// defining them (see freenames.go).
	external []*Function
	// freeObjs are free classes known by the methods called on them.
	freeObjs []*freeObjT
	freeVars []*Symbol
	// usesRuntimeThreads is set when some value is a runtime thread or
	// timer, so main must wait for them through pyrt.Main.
	usesRuntimeThreads bool
	// localOf and locals are the threading.local objects (threadlocal.go).
	localOf map[*ast.Call]Type
	locals  []*localInfo
	// funcTypeBusy guards funcType against self-referential signatures.
	funcTypeBusy map[*Function]bool
	// exits is set when the program calls sys.exit.
	exits bool
	// threadFns are the functions that run in threads.
	threadFns map[*Function]bool
	// raises is set when emitted code calls a runtime helper that raises
	// a Python exception (division by zero...), which pyrt.Main reports.
	raises bool
	// dictCallOrders holds the order groups of dict() calls by source
	// position: pool.submit(dict, ...) types a call node it makes afresh
	// each time, which must land in one group (dictorder.go).
	dictCallOrders map[[2]int]*DictOrder
	// startSites records the start() calls of each thread variable.
	startSites map[*Symbol]map[*ast.Call]bool
	// spread holds the argument nodes synthesized for target(*args)
	// (threadargs.go).
	spread map[ast.Expr][]ast.Expr
	// containerUses are the loads used as method receivers or subscripted
	// (optcontainer.go).
	containerUses map[*ast.Name]bool
	// tryCallees are the functions that may run inside a try body
	// (trycallees.go).
	tryCallees map[*Function]bool
	// excLoads holds the loads of except-clause names whose exception
	// class is known (excnarrow.go).
	excLoads map[*ast.Name]*Class
	// guard and concurrent are the shared-read facts (sharedreads.go).
	guard      map[*Symbol]*Symbol
	concurrent map[ast.Stmt]bool
	// warnedStmts are the statements whose deprecation warnings were
	// emitted (deprecated.go).
	warnedStmts map[ast.Stmt]bool
	// narrowed holds the loads proved not None (narrow.go).
	narrowed map[*ast.Name]bool
	// taskWGs names the WaitGroups of queues counted with one (lib_queue_wg.go).
	taskWGs map[*Symbol]string
	// unzips are the zip(*rows) calls that tuple assignments unpack
	// (unzip.go), found on first use.
	unzips map[*ast.Call]unzipSite
	// undecorated maps the functions decorate.go renamed to their
	// Python names.
	undecorated map[ast.Identifier]ast.Identifier
	// synth holds nodes made once for a library call, such as the dict
	// display asdict(x) stands for (lib_dataclasses_funcs.go).
	synth map[ast.Expr]ast.Expr
	// rangeBounds bounds the loop variables of range() loops over small
	// constants (intoverflow.go).
	rangeBounds map[*Symbol]uint64
	// generators caches isGenerator, asked for every statement translated.
	generators map[*Function]bool
	// writers caches stateWriters (effects.go), asked for every function.
	writers map[*Function]bool
}

// Map translates a parsed file into a Go file. Diagnostics are errors for
// constructs it cannot translate and notes for places where it had to fall
// back to `any`.
func Map(f *parser.File) (out *ir.File, diags parser.Diagnostics) {
	return mapFile(f, true)
}

// mapFile is Map; split allows splitNumVars to map the file again with
// int-then-float variables renamed (numsplit.go).
func mapFile(f *parser.File, split bool) (out *ir.File, diags parser.Diagnostics) {
	m := &mapper{
		file:        f,
		module:      newScope(nil, nil),
		info:        &Info{Types: map[ast.Expr]Type{}, Uses: map[*ast.Name]*Symbol{}, Threads: map[*ast.Call]*ThreadGroup{}, DictOrders: map[ast.Ast]*DictOrder{}},
		compScopes:  map[ast.Expr]*Scope{},
		lambdas:     map[*ast.Lambda]*Function{},
		names:       newNamer(),
		skip:        map[ast.Stmt]bool{},
		spread:      map[ast.Expr][]ast.Expr{},
		warnedStmts: map[ast.Stmt]bool{},
		startSites:  map[*Symbol]map[*ast.Call]bool{},
		localOf:     map[*ast.Call]Type{},
	}
	defer func() {
		if r := recover(); r != nil {
			if b, ok := r.(bailout); ok {
				m.diags = append(m.diags, b.d)
				out, diags = nil, m.diags
				return
			}
			// PY2GOCONC_PANIC=1 re-raises, to debug the mapper with a Go stack.
			if os.Getenv("PY2GOCONC_PANIC") != "" {
				panic(r)
			}
			// An internal crash is still reported at the Python source.
			m.diags = append(m.diags, parser.NewDiagnostic(f.Name, f.Src, 1, 1, parser.Error,
				fmt.Sprintf("internal error: %v (please report this program)", r)))
			out, diags = nil, m.diags
		}
	}()
	f, m.undecorated = desugar(f)
	m.file = f
	(&resolver{m: m}).module(f.Module)
	m.declareFreeNames()
	m.classFacts()
	m.seedAnnotations()
	m.infer()
	m.applyAnnotations()
	m.inferGuessingInts()
	if split {
		if out, diags, ok := m.splitNumVars(); ok {
			return out, diags
		}
	}
	m.checkVarTupleParams()
	m.markDictOrder()
	m.settleClasses()
	m.checkDecorators()
	m.noteAnyFallbacks()
	if m.diags.HasErrors() {
		return nil, m.diags
	}
	m.checkThreadFusion()
	m.markShared()
	out = m.translate()
	if m.diags.HasErrors() {
		return nil, m.diags
	}
	return out, m.diags
}

// bailout carries a diagnostic that makes further translation pointless.
type bailout struct{ d parser.Diagnostic }

func (m *mapper) errorf(n ast.Ast, format string, args ...any) {
	m.diags = append(m.diags, m.file.Errorf(n, format, args...))
	if len(m.diags.Errors()) >= 10 {
		panic(bailout{m.file.Errorf(n, "too many errors")})
	}
}

func (m *mapper) notef(n ast.Ast, format string, args ...any) {
	m.diags = append(m.diags, m.file.Notef(n, format, args...))
}

package mapper

import (
	"github.com/go-python/gpython/ast"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// Extension points: each library area (logging, collections, futures...)
// registers its translations from an init function in its own file, so the
// core switch statements stay small. Keys are qualified Python names
// ("logging.info") or, for methods, "Class.method" with the library class
// of the receiver ("concurrent.futures.ThreadPoolExecutor.submit").
var (
	// libTypeHooks give the result type of a library call and apply its
	// flows (arguments into a callback's parameters).
	libTypeHooks = map[string]func(m *mapper, s *Scope, n *ast.Call, args []Type) Type{}
	// libCallHooks translate a library call used as a value.
	libCallHooks = map[string]func(c *fnCtx, n *ast.Call) ir.Expr{}
	// libStmtHooks translate a library call used as a statement; they
	// report whether they handled it.
	libStmtHooks = map[string]func(c *fnCtx, n *ast.Call, b *ir.Block) bool{}
	// methodTypeHooks type a method call on a library object.
	methodTypeHooks = map[string]func(m *mapper, s *Scope, n *ast.Call, recv *ObjT, args []Type) Type{}
	// methodCallHooks translate a method call on a library object.
	methodCallHooks = map[string]func(c *fnCtx, n *ast.Call, recv ast.Expr, t *ObjT) ir.Expr{}
	// withHooks translate `with obj [as name]:` for a library class.
	withHooks = map[string]func(c *fnCtx, n *ast.With, b *ir.Block){}
	// attrTypeHooks type module attributes and object properties that the
	// libClasses table does not cover ("logging.INFO", "Future.result").
	attrTypeHooks = map[string]func(m *mapper, s *Scope, n *ast.Attribute) Type{}
	// attrHooks translate them.
	attrHooks = map[string]func(c *fnCtx, n *ast.Attribute) ir.Expr{}
	// elideHooks report variables that have no Go counterpart because an
	// idiom replaced the object (an executor that became a worker pool).
	elideHooks []func(m *mapper, sym *Symbol) bool
	// stmtHooks translate whole statements an idiom replaces (a sentinel
	// loop over a queue); they report whether they handled the statement.
	stmtHooks []func(c *fnCtx, st ast.Stmt, b *ir.Block) bool
	// goTypeHooks give the Go type of a library class that is not a
	// runtime type (a queue that became a channel).
	goTypeHooks = map[string]func(m *mapper, t *ObjT) ir.Type{}
)

// Package mapper turns a parsed Python file into the Go-shaped IR of package
// ir. It is the stage where every decision about the Go to write is made:
//
//   - desugar.go first rewrites the parsed module (never mutating it) into
//     an equivalent one: wrapper decorators specialised per decorated
//     function (decorate.go), loops over records of different shapes
//     unrolled (unroll.go), star-argument displays spread;
//   - resolve.go binds every Python name to a symbol (module global, main
//     local, function local, parameter, import, builtin), following Python's
//     scoping rules (assignment makes a name local unless declared global or
//     nonlocal);
//   - infer.go gives every symbol and expression a static type, iterating to a
//     fixed point over call sites (direct calls and calls made indirectly by
//     Thread(target=, args=)), returns and assignments; the results live in
//     side tables keyed by AST node (Info), never in the AST;
//   - classes.go, inherit.go, hierarchy.go, classvars.go, dataclass.go,
//     namedtuple.go, compare.go and the *sub.go files shape user classes:
//     structs with constructors, embedding plus an interface for single
//     inheritance, package variables for class variables, generated methods
//     for dataclasses and named tuples; annotations.go reads type annotations
//     as a fallback for what inference leaves unknown;
//     side tables keyed by AST node (Info), never in the AST; narrow.go
//     refines the type of a load that an `x is None` check just ruled out,
//     excnarrow.go the class of an except clause's name;
//   - trystmt.go, excclass.go (exception classes with methods as structs
//     embedding the runtime exception) and staticraise.go (operations whose
//     operand types always fail raise CPython's exception where they
//     stand) translate Python's exceptions;
//   - varargs.go, kwargs.go and forward.go bind every call's arguments to
//     *args (a Go variadic), keyword-only and **kwargs (a dict) parameters
//     statically, and at run time where f(*args, **kwargs) forwards them;
//   - dictorder.go decides, per group of dicts that flow together, whether
//     the program can see a dict's insertion order (printing, iterating,
//     popitem): those become the runtime's ordered Dict, the others Go maps;
//   - the translate*.go files write IR, recognising the concurrency idioms
//     (a thread only started and joined is a go statement with a
//     sync.WaitGroup; a Lock used with `with` is a sync.Mutex).
//
// The mapper does not format or print Go (package emit does) and does not
// parse Python (package parser does). Anything it cannot translate faithfully
// is an error diagnostic positioned at the Python construct, never Go that
// silently does something else.
package mapper

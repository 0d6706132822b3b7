package mapper

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/ast"
)

// builtinArity is how many positional arguments the methods of Python's
// built-in containers and str accept: {min, max}. The translators index
// n.Args directly, so a call with the wrong count is reported here, with
// the TypeError CPython would raise, before any of them runs.
var builtinArity = map[string]map[string][2]int{
	"list": {"append": {1, 1}, "extend": {1, 1}, "insert": {2, 2}, "remove": {1, 1}, "index": {1, 3},
		"count": {1, 1}, "pop": {0, 1}, "clear": {0, 0}, "copy": {0, 0}, "reverse": {0, 0}, "sort": {0, 0}},
	"dict": {"get": {1, 2}, "setdefault": {1, 2}, "pop": {1, 2}, "keys": {0, 0}, "values": {0, 0},
		"items": {0, 0}, "clear": {0, 0}, "copy": {0, 0}, "popitem": {0, 0}, "update": {0, 1}},
	"set": {"add": {1, 1}, "discard": {1, 1}, "remove": {1, 1}, "pop": {0, 0}, "clear": {0, 0}, "copy": {0, 0}},
	"str": {"join": {1, 1}, "startswith": {1, 3}, "endswith": {1, 3}, "replace": {2, 3}, "upper": {0, 0},
		"lower": {0, 0}, "split": {0, 2}, "rsplit": {0, 2}, "strip": {0, 1}, "lstrip": {0, 1}, "rstrip": {0, 1},
		"find": {1, 3}, "rfind": {1, 3}, "count": {1, 3}, "zfill": {1, 1}, "center": {1, 2}, "ljust": {1, 2},
		"rjust": {1, 2}, "title": {0, 0}, "capitalize": {0, 0}, "isdigit": {0, 0}, "isalpha": {0, 0},
		"partition": {1, 1}, "rpartition": {1, 1}, "splitlines": {0, 1}, "encode": {0, 2}},
}

// checkMethodArity reports a call of a built-in method with a number of
// positional arguments Python rejects, and says whether the call is fine.
func (m *mapper) checkMethodArity(n *ast.Call, f *methodT) bool {
	var kind string
	switch f.Recv.(type) {
	case *ListT:
		kind = "list"
	case *DictT:
		kind = "dict"
	case *SetT:
		kind = "set"
	default:
		if f.Recv != StrT {
			return true
		}
		kind = "str"
	}
	lim, ok := builtinArity[kind][f.Name]
	if !ok || (len(n.Args) >= lim[0] && len(n.Args) <= lim[1]) {
		return true
	}
	m.errorf(n, "%s.%s() %s (%d given); Python raises TypeError here", kind, f.Name, takes(lim), len(n.Args))
	return false
}

// takes words an argument count as CPython's TypeError messages do.
func takes(lim [2]int) string {
	switch {
	case lim[0] == lim[1] && lim[0] == 0:
		return "takes no arguments"
	case lim[0] == lim[1] && lim[0] == 1:
		return "takes exactly one argument"
	case lim[0] == lim[1]:
		return fmt.Sprintf("takes exactly %d arguments", lim[0])
	case lim[0] == 0:
		return fmt.Sprintf("takes at most %d arguments", lim[1])
	}
	return fmt.Sprintf("takes from %d to %d arguments", lim[0], lim[1])
}

// hookMinArgs is how many positional arguments the call hooks that index
// n.Args need: fewer is the TypeError CPython raises, reported before the
// hook runs.
var hookMinArgs = map[string]int{
	"concurrent.futures.ThreadPoolExecutor.submit":  1,
	"concurrent.futures.ThreadPoolExecutor.map":     2,
	"concurrent.futures.ProcessPoolExecutor.submit": 1,
	"concurrent.futures.ProcessPoolExecutor.map":    2,
	"concurrent.futures.Future.add_done_callback":   1,
	"concurrent.futures.as_completed":               1,
	"concurrent.futures.wait":                       1,
	"functools.partial":                             1,
	"multiprocessing.Pool.map":                      2,
	"multiprocessing.Pool.apply_async":              1,
}

// hookArgsOK reports whether a hooked call has the arguments its hook
// reads, after a diagnostic when it does not.
func (m *mapper) hookArgsOK(key string, n *ast.Call) bool {
	if min := hookMinArgs[key]; len(n.Args) < min {
		m.errorf(n, "%s() needs at least %d positional argument(s) (%d given); Python raises TypeError here", key[strings.LastIndex(key, ".")+1:], min, len(n.Args))
		return false
	}
	return true
}

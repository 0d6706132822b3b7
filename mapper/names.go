package mapper

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/dave/jennifer/jen"
)

// Go spellings for Python names that are Go keywords, predeclared
// identifiers or the import names emitted code uses.
var renamed = map[string]string{
	"type": "typ", "len": "length", "range": "rng", "map": "mapping", "string": "str",
	"func": "fn", "select": "sel", "go": "goArg", "chan": "ch", "var": "v", "const": "konst",
	"interface": "iface", "struct": "strct", "package": "pkg", "import": "imp", "default": "dflt",
	"switch": "sw", "case": "cs", "defer": "deferred", "fallthrough": "fallThrough", "goto": "gotoLabel",
	"new": "newVal", "make": "mk", "append": "appendFn", "copy": "cp", "close": "closeFn",
	"delete": "del", "cap": "capacity", "error": "err", "int": "intVal", "float64": "f64",
	"bool": "boolVal", "byte": "b", "rune": "r", "any": "anyVal", "nil": "null", "true": "yes",
	"false": "no", "iota": "iotaVal", "print": "printFn", "println": "printlnFn", "panic": "panicFn",
	"recover": "recoverFn", "complex": "cplx", "real": "re", "imag": "im", "min": "minimum", "max": "maximum",
	"clear": "clearFn", "err": "err_",
	// import names used by emitted code
	"fmt": "fmtVal", "sync": "syncVal", "time": "timeVal", "strings": "stringsVal", "os": "osVal",
	"math": "mathVal", "pyrt": "pyrtVal", "rand": "randVal", "strconv": "strconvVal", "sort": "sortVal",
	"main": "mainFn", "init": "initFn", "wg": "wgVal", "mu": "muVal",
}

// goIdent turns a Python identifier into a Go one: snake_case becomes
// lowerCamelCase, and names Go reserves are respelt.
func goIdent(py string) string {
	if py == "_" {
		return "_" // Python's throwaway name is Go's blank identifier
	}
	if r, ok := renamed[py]; ok {
		return r
	}
	py = goIdentRunes(py)
	lead := strings.HasPrefix(py, "_")
	parts := strings.Split(strings.Trim(py, "_"), "_")
	var b strings.Builder
	allUpper := strings.ToUpper(py) == py
	for i, p := range parts {
		if p == "" {
			continue
		}
		if allUpper {
			p = strings.ToLower(p)
		}
		if i == 0 {
			b.WriteString(lowerFirst(p))
		} else {
			b.WriteString(upperFirst(p))
		}
	}
	s := b.String()
	if s == "" {
		s = "x"
	}
	if lead && s != "x" {
		s = "_" + s
		s = strings.TrimPrefix(s, "_")
	}
	if s[0] >= '0' && s[0] <= '9' {
		s = "v" + s // _1 lost its underscore: Go names cannot start with a digit
	}
	if r, ok := renamed[s]; ok {
		return r
	}
	if jen.IsReservedWord(s) {
		return s + "_"
	}
	return s
}

// goTypeName keeps a class name as written (Python classes are CapWords,
// which Go reads as exported types; harmless in package main).
func goTypeName(py string) string {
	s := strings.Trim(py, "_")
	if s == "" || jen.IsReservedWord(s) {
		return s + "T"
	}
	if r, ok := renamed[s]; ok {
		return r
	}
	return s
}

func goFieldName(py string) string { return goIdent(py) }

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	// Keep runs of capitals that start a word (HTTPServer → httpServer).
	i := 0
	for i < len(r) && unicode.IsUpper(r[i]) {
		i++
	}
	switch {
	case i == 0:
	case i == 1 || i == len(r):
		for j := 0; j < i; j++ {
			r[j] = unicode.ToLower(r[j])
		}
	default:
		for j := 0; j < i-1; j++ {
			r[j] = unicode.ToLower(r[j])
		}
	}
	return string(r)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// namer hands out Go names that do not collide within one Go scope.
type namer struct {
	used map[string]bool
}

func newNamer() *namer { return &namer{used: map[string]bool{}} }

// claim marks name as used and returns it, or a numbered variant if it was
// taken already.
func (n *namer) claim(name string) string {
	if !n.used[name] {
		n.used[name] = true
		return name
	}
	for i := 2; ; i++ {
		c := name + strconv.Itoa(i)
		if !n.used[c] {
			n.used[c] = true
			return c
		}
	}
}

// child returns a namer for a nested Go scope that sees the outer names.
func (n *namer) child() *namer {
	c := newNamer()
	for k := range n.used {
		c.used[k] = true
	}
	return c
}

// goIdentRunes spells out the characters Python allows in names and Go
// does not (combining marks such as U+033F, connector punctuation): Go
// identifiers are letters, digits and underscores only.
func goIdentRunes(py string) string {
	var b strings.Builder
	for _, r := range py {
		if r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "U%04x", r)
		}
	}
	return b.String()
}

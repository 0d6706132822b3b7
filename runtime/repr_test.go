package runtime

import (
	"errors"
	"fmt"
	"regexp"
	"testing"
)

func TestStrReprMatchCPython(t *testing.T) {
	var cases []struct {
		V     pyValue `json:"v"`
		Str   string  `json:"str"`
		Repr  string  `json:"repr"`
		Ascii string  `json:"ascii"`
	}
	loadCases(t, "repr.json", &cases)
	for _, c := range cases {
		v := c.V.goValue(t)
		if got := Str(v); got != c.Str {
			t.Errorf("Str(%#v) = %q, CPython %q", v, got, c.Str)
		}
		if got := Repr(v); got != c.Repr {
			t.Errorf("Repr(%#v) = %q, CPython %q", v, got, c.Repr)
		}
		if got := Ascii(v); got != c.Ascii {
			t.Errorf("Ascii(%#v) = %q, CPython %q", v, got, c.Ascii)
		}
	}
}

type point struct{ X, Y int }

func (p *point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type account struct{ name string }

func (a *account) PyRepr() string { return "Account(" + Repr(a.name) + ")" }

type plainObject struct{ N int }

type color string

// The Go-side representations of Python values that the recorded table
// cannot build: typed slices, pointers to lists, Go maps, instances, nil (a nil slice is an empty list; None is a nil pointer or interface).
func TestReprGoRepresentations(t *testing.T) {
	shared := &[]int{1, 2}
	var nilList []int
	var nilPoint *point
	var nilDict *Dict[string, int]
	var emptySet Set[int]
	cases := []struct {
		v         any
		str, repr string
	}{
		{[]int{1, 2}, "[1, 2]", "[1, 2]"},
		{[]string{"a", "b'"}, `['a', "b'"]`, `['a', "b'"]`},
		{[]float64{1, 0.5}, "[1.0, 0.5]", "[1.0, 0.5]"},
		{shared, "[1, 2]", "[1, 2]"},
		{[][]bool{{true}, {}}, "[[True], []]", "[[True], []]"},
		{nilList, "[]", "[]"},
		{nilPoint, "None", "None"},
		{nilDict, "None", "None"},
		{emptySet, "set()", "set()"},
		{Tuple(nil), "()", "()"},
		{map[string]int{"b": 2, "a": 1}, "{'a': 1, 'b': 2}", "{'a': 1, 'b': 2}"},
		{map[int][]string{2: {"x"}, 1: nil}, "{1: [], 2: ['x']}", "{1: [], 2: ['x']}"},
		{&point{1, 2}, "(1, 2)", `<__main__.point object at 0x[0-9a-f]+>`},
		{[]*point{{1, 2}}, `\[<__main__.point object at 0x[0-9a-f]+>\]`, `\[<__main__.point object at 0x[0-9a-f]+>\]`},
		{&account{"bob"}, "Account('bob')", "Account('bob')"},
		{[]*account{{"a"}}, "[Account('a')]", "[Account('a')]"},
		{&plainObject{}, `<__main__.plainObject object at 0x[0-9a-f]+>`, `<__main__.plainObject object at 0x[0-9a-f]+>`},
		{color("red"), "red", "'red'"},
		{int64(-5), "-5", "-5"},
		{uint8(200), "200", "200"},
		{float32(0.5), "0.5", "0.5"},
		{Tuple2[string, []int]{"k", []int{1}}, "('k', [1])", "('k', [1])"},
		{[]Tuple2[int, string]{{1, "a"}}, "[(1, 'a')]", "[(1, 'a')]"},
		{NewExc(KeyError, "k"), "'k'", "KeyError('k')"},
		{(*Exc)(nil), "None", "None"},
	}
	for _, c := range cases {
		if got := Str(c.v); !regexp.MustCompile("^" + regexpOrLiteral(c.str) + "$").MatchString(got) {
			t.Errorf("Str(%#v) = %q, want %q", c.v, got, c.str)
		}
		if got := Repr(c.v); !regexp.MustCompile("^" + regexpOrLiteral(c.repr) + "$").MatchString(got) {
			t.Errorf("Repr(%#v) = %q, want %q", c.v, got, c.repr)
		}
	}
}

// regexpOrLiteral lets the table above spell most expectations literally
// and the address-bearing ones as patterns (those contain "0x[").
func regexpOrLiteral(s string) string {
	if regexp.MustCompile(`0x\[`).MatchString(s) {
		return s
	}
	return regexp.QuoteMeta(s)
}

func BenchmarkReprList(b *testing.B) {
	xs := []any{1, "two", 3.0, Tuple2[int, string]{4, "five"}}
	for i := 0; i < b.N; i++ {
		Repr(xs)
	}
}

func ExampleRepr() {
	fmt.Println(Repr("it's"))
	fmt.Println(Repr([]any{1, "a", 2.5, nil, true}))
	fmt.Println(Repr(Tuple1[int]{1}))
	fmt.Println(Repr(NewExc(ValueError, "bad")))
	// Output:
	// "it's"
	// [1, 'a', 2.5, None, True]
	// (1,)
	// ValueError('bad')
}

func ExampleStr() {
	d := NewDict[string, []int]()
	d.Set("b", []int{1})
	d.Set("a", []int{})
	fmt.Println(Str(d))
	fmt.Println(Str("plain"), Str(1e16), Str(false))
	// Output:
	// {'b': [1], 'a': []}
	// plain 1e+16 False
}

// Containers holding themselves print [...] and {...} where they recur.
func TestReprCyclesMatchCPython(t *testing.T) {
	var cases []struct {
		Name string `json:"name"`
		Repr string `json:"repr"`
	}
	loadCases(t, "cycles.json", &cases)
	build := map[string]func() any{
		"list_self": func() any {
			lst := &[]any{1}
			*lst = append(*lst, lst)
			return lst
		},
		"list_nested": func() any {
			inner := &[]any{1}
			outer := &[]any{0, inner}
			*inner = append(*inner, outer)
			return outer
		},
		"dict_self": func() any {
			d := NewDict[string, any]()
			d.Set("a", 1)
			d.Set("self", d)
			return d
		},
		"dict_list_dict": func() any {
			d := NewDict[string, any]()
			lst := &[]any{}
			d.Set("k", lst)
			*lst = append(*lst, d)
			return d
		},
		"shared_not_cycle": func() any {
			twice := &[]any{2}
			return []any{twice, twice}
		},
	}
	for _, c := range cases {
		f := build[c.Name]
		if f == nil {
			t.Fatalf("no Go shape for recorded case %s", c.Name)
		}
		if got := Repr(f()); got != c.Repr {
			t.Errorf("%s: Repr = %s, CPython %s", c.Name, got, c.Repr)
		}
	}
}

func TestStrOfGoError(t *testing.T) {
	if got := Str(errors.New("disk full")); got != "disk full" {
		t.Errorf("Str(error) = %q", got)
	}
}

package runtime

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestStrMethodsMatchCPython(t *testing.T) {
	var cases []struct {
		Fn   string  `json:"fn"`
		Args pyValue `json:"args"`
		pyOutcome
	}
	loadCases(t, "strings.json", &cases)
	// Results are compared through Repr, which covers str, bool, int and
	// list-of-str results alike.
	want := func(raw json.RawMessage) string {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return Repr(s)
		}
		var b bool
		if json.Unmarshal(raw, &b) == nil {
			return Repr(b)
		}
		return Repr(decodeOut(t, raw))
	}
	ran := 0
	for _, c := range cases {
		args := c.Args.items(t, c.Args.List)
		str := func(i int) string { return args[i].(string) }
		num := func(i int) int { return args[i].(int) }
		fill := func(i int) rune { r, _ := utf8.DecodeRuneInString(str(i)); return r }
		var f func() any
		switch c.Fn {
		case "Split":
			f = func() any { return Split(str(0), str(1), num(2)) }
		case "RSplit":
			f = func() any { return RSplit(str(0), str(1), num(2)) }
		case "Strip":
			f = func() any { return Strip(str(0), str(1)) }
		case "LStrip":
			f = func() any { return LStrip(str(0), str(1)) }
		case "RStrip":
			f = func() any { return RStrip(str(0), str(1)) }
		case "Title":
			f = func() any { return Title(str(0)) }
		case "Capitalize":
			f = func() any { return Capitalize(str(0)) }
		case "SwapCase":
			f = func() any { return SwapCase(str(0)) }
		case "Center":
			f = func() any { return Center(str(0), num(1), fill(2)) }
		case "LJust":
			f = func() any { return LJust(str(0), num(1), fill(2)) }
		case "RJust":
			f = func() any { return RJust(str(0), num(1), fill(2)) }
		case "ZFill":
			f = func() any { return ZFill(str(0), num(1)) }
		case "Find":
			f = func() any { return Find(str(0), str(1)) }
		case "Index":
			f = func() any { return Index(str(0), str(1)) }
		case "Count":
			f = func() any { return Count(str(0), str(1)) }
		case "IsDigit":
			f = func() any { return IsDigit(str(0)) }
		case "IsAlpha":
			f = func() any { return IsAlpha(str(0)) }
		case "IsSpace":
			f = func() any { return IsSpace(str(0)) }
		case "SplitLines":
			f = func() any { return SplitLines(str(0), args[1].(bool)) }
		case "whitespace":
			f = func() any { return charsWhere(IsPySpace, 0x10000) }
		case "digits":
			f = func() any { return charsWhere(isPyDigit, 0x10000) }
		default:
			t.Fatalf("unknown recorded function %q", c.Fn)
		}
		ran++
		check(t, fmt.Sprintf("%s(%s)", c.Fn, Repr(args)), c.pyOutcome,
			func() string { return Repr(f()) }, want)
	}
	if ran == 0 {
		t.Fatal("no recorded cases")
	}
}

// charsWhere lists the characters below limit that pred accepts, to
// compare a predicate with CPython's over a whole range.
func charsWhere(pred func(rune) bool, limit rune) string {
	var b strings.Builder
	for r := rune(0); r < limit; r++ {
		if pred(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func ExampleSplit() {
	fmt.Printf("%q\n", Split("  a  b c ", "", -1))
	fmt.Printf("%q\n", Split("a,b,c", ",", 1))
	fmt.Printf("%q\n", RSplit("a,b,c", ",", 1))
	// Output:
	// ["a" "b" "c"]
	// ["a" "b,c"]
	// ["a,b" "c"]
}

func ExampleCenter() {
	fmt.Printf("[%s] [%s] [%s]\n", Center("ab", 5, '*'), Title("they're bill's"), ZFill("-42", 6))
	// Output:
	// [**ab*] [They'Re Bill'S] [-00042]
}

package runtime

import (
	"math"
	"testing"
)

func TestDynOps(t *testing.T) {
	cases := []struct {
		name string
		got  func() any
		want string // Str of the result, or the exception line
	}{
		{"int * int", func() any { return DynMul(4, 2) }, "8"},
		{"str * int", func() any { return DynMul("ab", 2) }, "abab"},
		{"int * str", func() any { return DynMul(3, "x") }, "xxx"},
		{"str * negative", func() any { return DynMul("ab", -1) }, ""},
		{"str * bool", func() any { return DynMul("ab", true) }, "ab"},
		{"float + int", func() any { return DynAdd(1.5, 2) }, "3.5"},
		{"int - float", func() any { return DynSub(2, 0.5) }, "1.5"},
		{"bool + bool", func() any { return DynAdd(true, true) }, "2"},
		{"num + int keeps int", func() any { return DynAdd(Int(2), 3) }, "5"},
		{"str + str", func() any { return DynAdd("a", "b") }, "ab"},
		{"str + int", func() any { return DynAdd("a", 1) }, `TypeError: can only concatenate str (not "int") to str`},
		{"int + str", func() any { return DynAdd(1, "a") }, "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{"str * str", func() any { return DynMul("a", "b") }, "TypeError: can't multiply sequence by non-int of type 'str'"},
		{"str - str", func() any { return DynSub("a", "b") }, "TypeError: unsupported operand type(s) for -: 'str' and 'str'"},
		{"int overflow", func() any { return DynMul(math.MaxInt64, 2) }, "OverflowError"},
	}
	for _, tc := range cases {
		got := func() (s string) {
			defer func() {
				if r := recover(); r != nil {
					e := r.(*Exc)
					s = e.Type.Name
					if e.Type != OverflowError {
						s += ": " + Str(e.Args[0])
					}
				}
			}()
			return Str(tc.got())
		}()
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

package runtime

import (
	"fmt"
	"testing"
)

func TestFormatMatchesCPython(t *testing.T) {
	var cases []struct {
		V    pyValue `json:"v"`
		Spec string  `json:"spec"`
		pyOutcome
	}
	loadCases(t, "format.json", &cases)
	for _, c := range cases {
		v := c.V.goValue(t)
		check(t, fmt.Sprintf("Format(%#v, %q)", v, c.Spec), c.pyOutcome,
			func() string { return Format(v, c.Spec) }, outString)
	}
}

// Named Go types of basic kinds format as their kind does.
func TestFormatNamedKinds(t *testing.T) {
	type celsius float64
	type label string
	cases := []struct {
		v    any
		spec string
		want string
	}{
		{celsius(21.5), ".2f", "21.50"},
		{label("x"), ">3", "  x"},
		{int64(-7), "+05", "-0007"},
		{uint16(255), "#x", "0xff"},
		{&point{1, 2}, "", "(1, 2)"},
	}
	for _, c := range cases {
		if got := Format(c.v, c.spec); got != c.want {
			t.Errorf("Format(%#v, %q) = %q, want %q", c.v, c.spec, got, c.want)
		}
	}
}

func BenchmarkFormatFloatSpec(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Format(1234.5678, ">10,.2f")
	}
}

func BenchmarkFormatInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Format(i, "05d")
	}
}

func ExampleFormat() {
	fmt.Println(Format(3.14159, ".2f"))
	fmt.Println(Format(1234567, ","))
	fmt.Printf("[%s]\n", Format("left", "<8"))
	fmt.Printf("[%s]\n", Format(42, "^8"))
	fmt.Println(Format(0.25, ".1%"))
	fmt.Println(Format(2.0, ".3"))
	// Output:
	// 3.14
	// 1,234,567
	// [left    ]
	// [   42   ]
	// 25.0%
	// 2.0
}

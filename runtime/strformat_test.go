package runtime

import (
	"fmt"
	"testing"
)

func TestFormatStringMatchesCPython(t *testing.T) {
	var cases []struct {
		Fmt    string  `json:"fmt"`
		Args   pyValue `json:"args"`
		Kwargs pyValue `json:"kwargs"`
		pyOutcome
	}
	loadCases(t, "strformat.json", &cases)
	for _, c := range cases {
		args := c.Args.items(t, c.Args.List)
		kwargs := map[string]any{}
		for _, kv := range c.Kwargs.Dict {
			kwargs[*kv[0].Str] = kv[1].goValue(t)
		}
		check(t, fmt.Sprintf("FormatString(%q, %#v, %v)", c.Fmt, args, kwargs), c.pyOutcome,
			func() string { return FormatString(c.Fmt, args, kwargs) }, outString)
	}
}

func TestFormatStringRejectsAttributeFields(t *testing.T) {
	_, exc := call(func() string { return FormatString("{0.real}", []any{1}, nil) })
	if exc == nil || !exc.IsInstance(ValueError) {
		t.Fatalf("FormatString with {0.real}: got %v, want a ValueError", exc)
	}
}

func ExampleFormatString() {
	fmt.Println(FormatString("{} + {} = {total:>4}", []any{1, 2}, map[string]any{"total": 3}))
	fmt.Println(FormatString("{0!r:^9}|{1:.1f}", []any{"x", 2.25}, nil))
	// Output:
	// 1 + 2 =    3
	//    'x'   |2.2
}

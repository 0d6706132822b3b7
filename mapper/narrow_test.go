package mapper_test

import "testing"

// TestNoneNarrowing pins where a load of an optional value is known not to
// be None, so that it is used as its plain type.
func TestNoneNarrowing(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"after `x is None or`",
			"def pick(cands):\n    best = None\n    for cand in cands:\n        if best is None or cand < best:\n            best = cand\n    return best\nprint(pick([3, 1, 2]))\n",
			[]string{"if best == nil || cand < best.(int) {"}},
		{"after `x is not None and`",
			"def f(xs):\n    last = None\n    for x in xs:\n        if last is not None and x > last:\n            print(x)\n        last = x\nf([1, 3, 2])\n",
			[]string{"last != nil && x > last.(int)"}},
		{"inside `if x is not None:`",
			"def f(d, k):\n    v = d.get(k)\n    if v is not None:\n        print(v * 2)\nf({'a': 1}, 'a')\n",
			[]string{"pyrt.MulInt(v.(int), 2)"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, diags := translate(t, tc.src)
			if diags.HasErrors() {
				t.Fatalf("diagnostics: %s", diags)
			}
			checkGo(t, got, tc.want, nil)
		})
	}
}

package mapper_test

import (
	"strings"
	"testing"
)

func TestHeapqAndParseQS(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"a heap parameter the function pushes to is passed by pointer",
			"import heapq\ndef add(h, x):\n    heapq.heappush(h, x)\nh = []\nadd(h, 3)\nprint(heapq.heappop(h))\n",
			[]string{"func add(h *[]int, x int)", "pyrt.HeapPush(h, x)", "add(&h, 3)", "pyrt.HeapPop(&h)"}},
		{"nsmallest with a lambda key",
			"import heapq\nprint(heapq.nsmallest(1, [3, 1], key=lambda v: -v))\n",
			[]string{"pyrt.NSmallest(1, []int{3, 1}, func(v int) int {"}},
		{"parse_qs read by key is a map",
			"from urllib.parse import parse_qs\nq = parse_qs('a=1&b=2')\nprint(q['a'])\n",
			[]string{`maps.Collect(pyrt.ParseQS("a=1&b=2").All())`}},
		{"parse_qs printed keeps its order",
			"from urllib.parse import parse_qs\nprint(parse_qs('b=1&a=2'))\n",
			[]string{`pyrt.Str(pyrt.ParseQS("b=1&a=2"))`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, diags := translate(t, tc.src)
			if diags.HasErrors() {
				t.Fatalf("diagnostics: %s", diags)
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in:\n%s", w, got)
				}
			}
		})
	}
}

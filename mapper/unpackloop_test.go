package mapper_test

import "testing"

// TestUnpackingLoopVariableNotShadowed checks that the Go variable of an
// unpacking loop's element is not a name the target declares from it.
func TestUnpackingLoopVariableNotShadowed(t *testing.T) {
	got, diags := translate(t, "from collections import namedtuple\nP = namedtuple('P', 'x y')\npairs = [(P(1, 2), 3)]\nfor p, n in pairs:\n    print(p.x, n)\nprint([q for q, m in pairs])\n")
	if diags.HasErrors() {
		t.Fatalf("diagnostics: %s", diags)
	}
	checkGo(t, got, []string{"for _, pair := range pairs {\n\t\tp := pair.V0\n\t\tn := pair.V1"}, []string{"p := p.V0"})
}

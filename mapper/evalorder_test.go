package mapper_test

import "testing"

// TestEvalOrder pins Python's left-to-right argument order where Go's
// would differ: a load before a call that may change it is taken first.
func TestEvalOrder(t *testing.T) {
	const counter = "class Counter:\n    def __init__(self):\n        self.value = 0\n    def increment(self):\n        self.value += 1\n        return self.value\nc = Counter()\n"
	cases := []goCase{
		{"a field printed before a method that changes it",
			counter + "print(c.value, c.increment(), c.value)\n",
			[]string{"valueBefore := c.value\n\tfmt.Println(valueBefore, c.increment(), c.value)"}, nil},
		{"a global printed before a function that changes it",
			"total = 0\ndef bump():\n    global total\n    total += 10\n    return total\nprint(total, bump())\n",
			[]string{"totalBefore := total\n\tfmt.Println(totalBefore, bump())"}, nil},
		{"an f-string's field before its method call",
			counter + "print(f'{c.value} then {c.increment()}')\n",
			[]string{"valueBefore := c.value\n", "valueBefore, c.increment())"}, nil},
		{"a call before the load is evaluated first too",
			counter + "def show():\n    print('x')\n    return 1\nprint(show(), c.value, c.increment())\n",
			[]string{"argBefore := show()\n\tvalueBefore := c.value\n\tfmt.Println(argBefore, valueBefore, c.increment())"}, nil},
		{"locals and pure calls stay in place",
			"def sq(n):\n    return n * n\nfor i in range(3):\n    print(i, sq(i), len(str(i)))\n",
			[]string{"fmt.Println(i, sq(i), "}, []string{"Before"}},
		{"a getter changes nothing, so nothing moves",
			"class R:\n    def __init__(self, w):\n        self.w = w\n    def area(self):\n        return self.w * 2\nr = R(3)\nprint(r.w, r.area())\n",
			[]string{"fmt.Println(r.w, r.area())"}, []string{"Before"}},
		{"a function appending to a global list changes state",
			"log = []\ndef note(x):\n    log.append(x)\n    return len(log)\nprint(len(log), log[:1], note(5))\n",
			[]string{"argBefore := len(log)\n\tfmt.Println(argBefore, pyrt.Str(pyrt.Slice(log, "}, nil},
		{"library methods do not reorder",
			"import queue\nq = queue.Queue()\nclass J:\n    def __init__(self):\n        self.name = 'j'\nj = J()\nq.put(1)\nprint(j.name, q.get())\n",
			nil, []string{"Before"}},
	}
	runGoCases(t, cases)
}

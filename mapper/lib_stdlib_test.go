package mapper_test

import (
	"strings"
	"testing"
)

// TestStdlibUnsupported pins the positioned diagnostics of standard-library
// uses the mapper does not translate: each names the module and member.
func TestStdlibUnsupported(t *testing.T) {
	cases := []struct{ src, want string }{
		{"import logging\nlogging.basicConfig(format='%(funcName)s %(message)s')\n", "t.py:2:28: unsupported: logging format attribute %(funcName)"},
		{"import logging\nlogging.error('x', exc_info=True)\n", "t.py:2:1: unsupported: logging with exc_info outside an except clause"},
		{"from collections import defaultdict\nd = defaultdict(lambda: 1)\nd['a'] += 1\n", "t.py:2:5: unsupported: collections.defaultdict with a factory other than"},
		{"from collections import deque\nd = deque([1])\nprint(d < d)\n", "t.py:3:7: unsupported: comparing collections.deque[int] with collections.deque[int]"},
		{"from collections import namedtuple\nf = ['x']\nP = namedtuple('P', f)\n", "t.py:3:21: unsupported: namedtuple fields that are not a literal"},
		{"import functools\n\n@functools.wraps\ndef f():\n    return 1\n\nf()\n", "t.py:3:2: unsupported decorator: functools.wraps"},
		{"def deco(f):\n    return f\n\n@deco\ndef g():\n    return 1\n\ng()\n", "t.py:4:2: unsupported decorator: deco"},
		{"from functools import partial\np = partial(max, 2)\n", "t.py:2:5: unsupported: functools.partial other than"},
		{"import traceback\ntraceback.print_exc()\n", "t.py:2:1: unsupported: traceback.print_exc outside an except clause"},
		{"f = open('x', 'rb')\n", "t.py:1:15: unsupported: binary file mode"},
	}
	for _, c := range cases {
		_, diags := translate(t, c.src)
		if !diags.HasErrors() || !strings.HasPrefix(diags.Errors()[0].String(), c.want) {
			t.Errorf("%q: got diagnostics\n%s\nwant prefix %q", c.src, diags, c.want)
		}
	}
}

// TestStdlibIdioms pins the Go chosen for standard-library constructs.
func TestStdlibIdioms(t *testing.T) {
	cases := []struct {
		src       string
		want, not []string
	}{
		{"import logging\nlog = logging.getLogger('a')\nlog.info('n=%d', 3)\n",
			[]string{`pyrt.GetLogger("a")`, `log.Info("n=%d", 3)`}, nil},
		{"import logging, threading\nlogging.basicConfig(format='%(threadName)s %(message)s')\ndef w():\n    logging.warning('x')\nt = threading.Thread(target=w)\nt.start()\nt.join()\n",
			[]string{"pyrt.NewThread(", "pyrt.LogConfig{Level: -1, Format:"}, []string{"go func"}},
		{"import logging, threading\nlogging.basicConfig(format='%(message)s')\ndef w():\n    logging.warning('x')\nt = threading.Thread(target=w)\nt.start()\nt.join()\n",
			[]string{"go func"}, []string{"pyrt.NewThread("}},
		{"from collections import Counter\nc = Counter('abca')\nc['z'] += 2\nprint(c.most_common(1))\n",
			[]string{`c.Set("z", c.At("z")+2)`, "c.MostCommon(1)", "pyrt.NewCounter[string]"}, nil},
		{"from functools import lru_cache\n@lru_cache(maxsize=3)\ndef f(a, b):\n    return a + b\nprint(f(1, 2))\n",
			[]string{"pyrt.NewLRUCache[pyrt.Tuple2[int, int], int](3)", "fCache.Get(pyrt.Tuple2[int, int]{V0: a, V1: b}"}, nil},
		{"with open('f.txt', 'w') as f:\n    f.write('x')\n",
			[]string{`pyrt.Open("f.txt", "w")`, "f.Close()"}, nil},
	}
	for _, c := range cases {
		got, diags := translate(t, c.src)
		if diags.HasErrors() {
			t.Errorf("%q: %s", c.src, diags)
			continue
		}
		checkGo(t, got, c.want, c.not)
	}
}

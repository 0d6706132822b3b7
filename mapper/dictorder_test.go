package mapper_test

import "testing"

// TestDictOrder pins which dicts become the runtime's ordered Dict (their
// order is printed, iterated, popped) and which stay Go maps.
func TestDictOrder(t *testing.T) {
	cases := []goCase{
		{"a dict only read and written by key is a map",
			"d = {}\nd['a'] = 1\nprint(d['a'], 'a' in d, len(d), d.get('b', 0))\n",
			[]string{"map[string]int{}", `d["a"] = 1`, "len(d)", `pyrt.GetOr(d, "b", 0)`}, []string{"pyrt.Dict"}},
		{"sorted keys do not observe the order",
			"d = {'b': 1, 'a': 2}\nfor k in sorted(d):\n    print(k, d[k])\nprint(sorted(d.values()), len(d.keys()))\n",
			[]string{"map[string]int{", "maps.Keys(d)"}, []string{"pyrt.Dict"}},
		{"a printed dict is ordered",
			"d = {}\nd['b'] = 1\nd['a'] = 2\nprint(d)\n",
			[]string{"pyrt.NewDict[string, int]()", `d.Set("b", 1)`}, []string{"map["}},
		{"iterating observes the order, through a function parameter",
			"def show(m):\n    for k in m:\n        print(k)\nd = {'x': 1, 'y': 2}\nshow(d)\n",
			[]string{"func show(m *pyrt.Dict[string, int])", "range m.All()", `pyrt.DictOf([]string{"x", "y"}, []int{1, 2})`}, []string{"map["}},
		{"items() in a loop ranges over All",
			"d = {'x': 1}\nd['y'] = 2\nfor k, v in d.items():\n    print(k, v)\n",
			[]string{"for k, v := range d.All()"}, []string{"map["}},
		{"a list of printed dicts holds ordered dicts",
			"rows = [{'a': 1}, {'b': 2}]\nprint(rows)\n",
			[]string{"[]*pyrt.Dict[string, int]"}, nil},
		{"iterating over a list of dicts leaves the dicts maps",
			"rows = [{'a': 1}, {'a': 2}]\nfor r in rows:\n    print(r['a'])\n",
			[]string{"[]map[string]int"}, []string{"pyrt.Dict"}},
		{"setdefault(k, []).append(v) stores the grown slice back",
			"g = {}\nfor w in ['ab', 'ac', 'b']:\n    g.setdefault(len(w), []).append(w)\nprint(len(g[2]))\n",
			[]string{"map[int][]string", "key := utf8.RuneCountInString(w)", "g[key] = append(pyrt.SetDefault(g, key, []string{}), w)"}, []string{"pyrt.Dict"}},
		{"setdefault on an ordered dict",
			"g = {}\nfor w in ['ab', 'ac', 'b']:\n    g.setdefault(len(w), []).append(w)\nprint(g)\n",
			[]string{"g.Set(key, append(g.SetDefault(key, []string{}), w))"}, nil},
		{"popitem needs the order",
			"d = {'a': 1, 'b': 2}\nprint(d.popitem())\n",
			[]string{"d.PopItem()"}, []string{"map["}},
		{"del of a map item raises KeyError",
			"d = {'a': 1}\ndel d['a']\nprint(len(d))\n",
			[]string{`pyrt.DelKey(d, "a")`}, nil},
		{"dict(defaultdict) keeps the defaultdict's order",
			"from collections import defaultdict\ndd = defaultdict(list)\ndd['x'].append(1)\nprint(dict(dd))\n",
			[]string{"pyrt.DictFromItems(dd.Items())"}, nil},
		{"defaultdict.default_factory prints its class and names it",
			"from collections import defaultdict\nd = defaultdict(list)\nprint(d.default_factory, d.default_factory.__name__)\n",
			[]string{"d.FactoryName()", `"list"`}, nil},
		{"as_completed over a dict of futures does not observe its order",
			"from concurrent.futures import ThreadPoolExecutor, as_completed\ndef f(n):\n    return n\nwith ThreadPoolExecutor() as ex:\n    fs = {ex.submit(f, i): i for i in range(3)}\n    for fut in as_completed(fs):\n        print(fs[fut], fut.result())\n",
			[]string{"maps.Keys(fs)"}, []string{"pyrt.Dict"}},
	}
	runGoCases(t, cases)
}

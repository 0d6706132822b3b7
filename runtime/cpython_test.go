package runtime

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// The table tests read expectations that CPython 3.11 recorded into
// testdata/*.json; testdata/gen.py documents the encoding and regenerates
// them (cd runtime && python3 testdata/gen.py).

// loadCases decodes testdata/name into cases.
func loadCases(t *testing.T, name string, cases any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("reading CPython expectations: %v", err)
	}
	if err := json.Unmarshal(data, cases); err != nil {
		t.Fatalf("decoding %s: %v", name, err)
	}
}

// pyValue is a value encoded by gen.py's enc().
type pyValue struct {
	Int   *string           `json:"int"`
	Float *string           `json:"float"`
	Str   *string           `json:"str"`
	Bool  *bool             `json:"bool"`
	None  bool              `json:"none"`
	List  []pyValue         `json:"list"`
	Tuple []pyValue         `json:"tuple"`
	Dict  [][2]pyValue      `json:"dict"`
	Set   []pyValue         `json:"set"`
	Exc   []json.RawMessage `json:"exc"` // [class name, [args...]]
}

// excTypes names the exception classes the recorded values use.
var excTypes = map[string]*ExcType{}

func init() {
	for _, t := range []*ExcType{ValueError, KeyError, ZeroDivisionError, TypeError,
		IndexError, OverflowError} {
		excTypes[t.Name] = t
	}
	excTypes["Boom"] = NewExcType("Boom", Exception)
}

// goValue builds the Go value that emitted code would hold for v: a list is
// []any, tuples of 1 to 5 elements are Tuple1..Tuple5 and longer ones Tuple,
// a dict is an ordered *Dict, a set a Set.
func (p pyValue) goValue(t *testing.T) any {
	t.Helper()
	switch {
	case p.Int != nil:
		n, err := strconv.ParseInt(*p.Int, 10, 64)
		if err != nil {
			t.Fatalf("int %s: %v", *p.Int, err)
		}
		return int(n)
	case p.Float != nil:
		f, err := parsePyFloatHex(*p.Float)
		if err != nil {
			t.Fatalf("float %s: %v", *p.Float, err)
		}
		return f
	case p.Str != nil:
		return *p.Str
	case p.Bool != nil:
		return *p.Bool
	case p.None:
		return nil
	case p.List != nil:
		return p.items(t, p.List)
	case p.Tuple != nil:
		items := p.items(t, p.Tuple)
		switch len(items) {
		case 1:
			return Tuple1[any]{items[0]}
		case 2:
			return Tuple2[any, any]{items[0], items[1]}
		case 3:
			return Tuple3[any, any, any]{items[0], items[1], items[2]}
		case 4:
			return Tuple4[any, any, any, any]{items[0], items[1], items[2], items[3]}
		case 5:
			return Tuple5[any, any, any, any, any]{items[0], items[1], items[2], items[3], items[4]}
		}
		return Tuple(items)
	case p.Dict != nil:
		d := NewDict[any, any]()
		for _, kv := range p.Dict {
			d.Set(kv[0].goValue(t), kv[1].goValue(t))
		}
		return d
	case p.Set != nil:
		s := NewSet[any]()
		for _, x := range p.items(t, p.Set) {
			s.Add(x)
		}
		return s
	case p.Exc != nil:
		var name string
		var args []pyValue
		if err := json.Unmarshal(p.Exc[0], &name); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(p.Exc[1], &args); err != nil {
			t.Fatal(err)
		}
		typ := excTypes[name]
		if typ == nil {
			t.Fatalf("no exception class %s in the test's table", name)
		}
		return NewExc(typ, p.items(t, args)...)
	}
	t.Fatalf("undecodable value %+v", p)
	return nil
}

func (pyValue) items(t *testing.T, vs []pyValue) []any {
	items := make([]any, len(vs))
	for i, v := range vs {
		items[i] = v.goValue(t)
	}
	return items
}

// parsePyFloatHex reads Python's float.hex() text ("0x1.8p+1", "inf",
// "-0x0.0p+0"). strconv reads hex floats too, but Python's subnormals
// ("0x0.0000000000001p-1022") need the big.Float path to stay exact.
func parsePyFloatHex(s string) (float64, error) {
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f, nil
	}
	f, _, err := big.ParseFloat(s, 0, 53, big.ToNearestEven)
	if err != nil {
		return 0, err
	}
	v, _ := f.Float64()
	return v, nil
}

// pyOutcome is a recorded result: Out, or Err as [class name, message].
type pyOutcome struct {
	Out json.RawMessage `json:"out"`
	Err []string        `json:"err"`
}

// call runs f, turning a raised *Exc into its class name and message.
func call[T any](f func() T) (result T, exc *Exc) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Exc)
			if !ok {
				panic(r)
			}
			exc = e
		}
	}()
	return f(), nil
}

// check compares what f did with the recorded outcome; want decodes Out
// into the Go result's form.
func check[T comparable](t *testing.T, label string, o pyOutcome, f func() T, want func(json.RawMessage) T) {
	t.Helper()
	got, exc := call(f)
	switch {
	case o.Err != nil && exc == nil:
		t.Errorf("%s = %v, want %s: %s", label, got, o.Err[0], o.Err[1])
	case o.Err != nil && (exc.Type.Name != o.Err[0] || exc.Error() != o.Err[1]):
		t.Errorf("%s raised %s, want %s: %s", label, exc.Line(), o.Err[0], o.Err[1])
	case o.Err == nil && exc != nil:
		t.Errorf("%s raised %s, want %s", label, exc.Line(), o.Out)
	case o.Err == nil && got != want(o.Out):
		t.Errorf("%s = %#v, want %#v", label, got, want(o.Out))
	}
}

// outString decodes a recorded str result.
func outString(raw json.RawMessage) string {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		panic(fmt.Sprintf("recorded result %s is not a str: %v", raw, err))
	}
	return s
}

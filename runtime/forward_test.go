package runtime

import "testing"

func TestCheckForwardRaisesCPythonsTypeErrors(t *testing.T) {
	params := []string{"a", "b"}
	cases := []struct {
		check func()
		want  string
	}{
		{func() { CheckForward("add", 3, 1, 2, nil, params, 0, false) }, "TypeError: add() takes from 1 to 2 positional arguments but 3 were given"},
		{func() { CheckForward("f", 3, 2, 2, nil, params, 0, false) }, "TypeError: f() takes 2 positional arguments but 3 were given"},
		{func() { CheckForward("g", 1, 0, 0, nil, nil, 0, false) }, "TypeError: g() takes 0 positional arguments but 1 was given"},
		{func() { CheckForward("add", 1, 1, 2, []string{"c"}, params, 0, false) }, "TypeError: add() got an unexpected keyword argument 'c'"},
		{func() { CheckForward("add", 1, 1, 2, []string{"a"}, params, 0, false) }, "TypeError: add() got multiple values for argument 'a'"},
	}
	for _, c := range cases {
		if e := Try(c.check); e == nil || e.Line() != c.want {
			t.Errorf("got %v, want %s", e, c.want)
		}
	}
	if e := Try(func() { CheckForward("h", 5, 1, -1, []string{"x"}, params, 0, true) }); e != nil {
		t.Errorf("a call f may take raised %v", e)
	}
}

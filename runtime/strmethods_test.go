package runtime

import "testing"

func TestFindFrom(t *testing.T) {
	s := "Hello, World"
	cases := []struct {
		sub   string
		start int
		want  int
	}{{"o", 0, 4}, {"o", 5, 8}, {"o", 9, -1}, {"z", 0, -1}, {"o", -4, 8}, {"o", -100, 4}, {"", 12, 12}, {"", 13, -1}}
	for _, c := range cases {
		if got := FindFrom(s, c.sub, c.start); got != c.want {
			t.Errorf("FindFrom(%q, %q, %d) = %d, want %d", s, c.sub, c.start, got, c.want)
		}
	}
	if got := FindFrom("héllo", "l", 1); got != 2 {
		t.Errorf("FindFrom counts code points: got %d, want 2", got)
	}
}

func TestRFind(t *testing.T) {
	if got := RFind("Hello, World", "o"); got != 8 {
		t.Errorf("RFind = %d, want 8", got)
	}
	if got := RFind("ééx", "x"); got != 2 {
		t.Errorf("RFind counts code points: got %d, want 2", got)
	}
	if exc := Try(func() { RIndex("abc", "z") }); exc == nil || exc.Error() != "substring not found" {
		t.Errorf("RIndex of a missing sub raised %v", exc)
	}
}

func TestPartition(t *testing.T) {
	if got := Partition("key: value", ": "); got != (Tuple3[string, string, string]{"key", ": ", "value"}) {
		t.Errorf("Partition = %v", got)
	}
	if got := Partition("novalue", "="); got != (Tuple3[string, string, string]{V0: "novalue"}) {
		t.Errorf("Partition without sep = %v", got)
	}
	if got := RPartition("a/b/c", "/"); got != (Tuple3[string, string, string]{"a/b", "/", "c"}) {
		t.Errorf("RPartition = %v", got)
	}
	if got := RPartition("abc", "/"); got != (Tuple3[string, string, string]{V2: "abc"}) {
		t.Errorf("RPartition without sep = %v", got)
	}
	if exc := Try(func() { Partition("a", "") }); exc == nil {
		t.Error("Partition with an empty separator raised nothing")
	}
}

func TestCaseTests(t *testing.T) {
	cases := []struct {
		s            string
		upper, lower bool
	}{{"ABC", true, false}, {"Abc", false, false}, {"abc", false, true}, {"A1!", true, false}, {"123", false, false}, {"", false, false}}
	for _, c := range cases {
		if IsUpper(c.s) != c.upper || IsLower(c.s) != c.lower {
			t.Errorf("%q: IsUpper %v IsLower %v, want %v %v", c.s, IsUpper(c.s), IsLower(c.s), c.upper, c.lower)
		}
	}
	if !IsAlnum("abc123") || IsAlnum("a b") || IsAlnum("") {
		t.Error("IsAlnum")
	}
}

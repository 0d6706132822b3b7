package runtime

import "testing"

func TestOrdChr(t *testing.T) {
	for _, s := range []string{"A", "é", "€", "\U0001F600"} {
		if got := Chr(Ord(s)); got != s {
			t.Errorf("Chr(Ord(%q)) = %q", s, got)
		}
	}
	if Ord("A") != 65 || Chr(66) != "B" {
		t.Error("Ord/Chr of ASCII")
	}
	if exc := Try(func() { Ord("ab") }); exc == nil || exc.Error() != "ord() expected a character, but string of length 2 found" {
		t.Errorf("Ord of two characters raised %v", exc)
	}
	if exc := Try(func() { Ord("") }); exc == nil {
		t.Error("Ord of an empty string raised nothing")
	}
	if exc := Try(func() { Chr(0x110000) }); exc == nil || exc.Error() != "chr() arg not in range(0x110000)" {
		t.Errorf("Chr out of range raised %v", exc)
	}
}

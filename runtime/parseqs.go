package runtime

import (
	"net/url"
	"strings"
)

// ParseQS is urllib.parse.parse_qs(qs): each name maps to the list of its
// values, names in order of first appearance.
//
// Kept from CPython 3.11: fields split on '&'; a field without '=' or with
// an empty value is dropped (keep_blank_values=False); '+' is a space and
// %XX escapes are decoded. Dropped: keep_blank_values, strict_parsing,
// max_num_fields, the separator argument, and the byte-level decoding of
// invalid UTF-8 escapes (an invalid escape is kept as written).
func ParseQS(qs string) *Dict[string, []string] {
	d := NewDict[string, []string]()
	for _, field := range strings.Split(qs, "&") {
		name, value, ok := strings.Cut(field, "=")
		if !ok || value == "" {
			continue
		}
		name, value = unquotePlus(name), unquotePlus(value)
		vs, _ := d.Get(name)
		d.Set(name, append(vs, value))
	}
	return d
}

// unquotePlus is urllib.parse.unquote_plus for well-formed input.
func unquotePlus(s string) string {
	if u, err := url.QueryUnescape(s); err == nil {
		return u
	}
	return strings.ReplaceAll(s, "+", " ")
}

package runtime

import (
	"net/url"
	"strconv"
	"strings"
)

// ParseResult is urllib.parse.urlparse's result.
//
// Kept from CPython 3.11: the split into scheme, netloc, path, params,
// query and fragment by the RFC 3986 rules urlparse uses (scheme lowered,
// params only after the last path segment's ';'); hostname lowered and
// without user info or port (None when there is no netloc); port as int or
// None; the repr ParseResult(scheme='https', ...).
// Dropped: indexing and unpacking as a 6-tuple; _replace and geturl; the
// ValueError for a port out of range (Port returns None instead).
type ParseResult struct {
	Scheme, Netloc, Path, Params, Query, Fragment string
}

// Urlparse is urllib.parse.urlparse(url).
func Urlparse(raw string) *ParseResult {
	r := &ParseResult{}
	rest := raw
	if i := strings.IndexByte(rest, ':'); i > 0 && isSchemeText(rest[:i]) {
		r.Scheme, rest = strings.ToLower(rest[:i]), rest[i+1:]
	}
	if strings.HasPrefix(rest, "//") {
		rest = rest[2:]
		end := strings.IndexAny(rest, "/?#")
		if end < 0 {
			end = len(rest)
		}
		r.Netloc, rest = rest[:end], rest[end:]
	}
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		r.Fragment, rest = rest[i+1:], rest[:i]
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		r.Query, rest = rest[i+1:], rest[:i]
	}
	if i := strings.LastIndexByte(rest, '/'); strings.IndexByte(rest[i+1:], ';') >= 0 {
		j := i + 1 + strings.IndexByte(rest[i+1:], ';')
		r.Params, rest = rest[j+1:], rest[:j]
	}
	r.Path = rest
	return r
}

func isSchemeText(s string) bool {
	for i, c := range s {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

// hostPort returns the netloc without user info.
func (r *ParseResult) hostPort() string {
	hp := r.Netloc
	if i := strings.LastIndexByte(hp, '@'); i >= 0 {
		hp = hp[i+1:]
	}
	return hp
}

// Hostname returns hostname: a str, or nil for None.
func (r *ParseResult) Hostname() any {
	hp := r.hostPort()
	if strings.HasPrefix(hp, "[") {
		if i := strings.IndexByte(hp, ']'); i >= 0 {
			return strings.ToLower(hp[1:i])
		}
	}
	if i := strings.IndexByte(hp, ':'); i >= 0 {
		hp = hp[:i]
	}
	if hp == "" {
		return nil
	}
	return strings.ToLower(hp)
}

// Port returns port: an int, or nil for None.
func (r *ParseResult) Port() any {
	hp := r.hostPort()
	if i := strings.LastIndexByte(hp, ']'); i >= 0 {
		hp = hp[i+1:]
	}
	i := strings.IndexByte(hp, ':')
	if i < 0 {
		return nil
	}
	p, err := strconv.Atoi(hp[i+1:])
	if err != nil || p < 0 || p > 65535 {
		return nil
	}
	return p
}

// PyRepr returns repr(r).
func (r *ParseResult) PyRepr() string {
	return "ParseResult(scheme=" + Repr(r.Scheme) + ", netloc=" + Repr(r.Netloc) + ", path=" + Repr(r.Path) +
		", params=" + Repr(r.Params) + ", query=" + Repr(r.Query) + ", fragment=" + Repr(r.Fragment) + ")"
}

// Urljoin is urllib.parse.urljoin(base, ref) for absolute base URLs.
func Urljoin(base, ref string) string {
	b, err1 := url.Parse(base)
	r, err2 := url.Parse(ref)
	if err1 != nil || err2 != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// Quote is urllib.parse.quote(s, safe): UTF-8 bytes other than letters,
// digits, "_.-~" and the safe characters become %XX.
func Quote(s, safe string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("_.-~", c) >= 0 || strings.IndexByte(safe, c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteString("%" + strings.ToUpper(strconv.FormatInt(int64(c)>>4, 16)) + strings.ToUpper(strconv.FormatInt(int64(c)&15, 16)))
	}
	return b.String()
}

package runtime

import "testing"

// Expected texts are CPython 3.11's urllib.parse results.
func TestUrlparse(t *testing.T) {
	u := Urlparse("https://example.com:8443/path/to/page.html?q=python&lang=en#section2")
	if got := Repr(u); got != "ParseResult(scheme='https', netloc='example.com:8443', path='/path/to/page.html', params='', query='q=python&lang=en', fragment='section2')" {
		t.Errorf("repr %s", got)
	}
	if u.Hostname() != "example.com" || u.Port() != 8443 {
		t.Errorf("host %v port %v", u.Hostname(), u.Port())
	}
	f := Urlparse("ftp://User@Files.Example.org/pub/file.txt;type=a")
	if f.Hostname() != "files.example.org" || f.Port() != nil || f.Params != "type=a" || f.Path != "/pub/file.txt" {
		t.Errorf("ftp %s %v", Repr(f), f.Hostname())
	}
	if r := Urlparse("relative/path?x=1"); r.Scheme != "" || r.Netloc != "" || r.Path != "relative/path" || r.Hostname() != nil {
		t.Errorf("relative %s", Repr(r))
	}
	if got := Urljoin("https://example.com/a/b.html", "c.html") + " " + Urljoin("https://example.com/a/", "/root"); got != "https://example.com/a/c.html https://example.com/root" {
		t.Errorf("urljoin %s", got)
	}
	if got := Quote("a b&c/d é", "/"); got != "a%20b%26c/d%20%C3%A9" {
		t.Errorf("quote %s", got)
	}
}

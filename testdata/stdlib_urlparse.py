from urllib.parse import quote, urljoin, urlparse

urls = [
    "https://example.com:8443/path/to/page.html?q=python&lang=en#section2",
    "http://localhost/api",
    "ftp://user@files.example.org/pub/file.txt",
]
for url in urls:
    u = urlparse(url)
    print(u.scheme, u.netloc, u.path, repr(u.query), repr(u.fragment), u.hostname, u.port)
print(urlparse(urls[0]))
print(urljoin("https://example.com/a/b.html", "c.html"), urljoin("https://example.com/a/", "/root"))
print(quote("a b&c/d"), quote("a/b", safe=""))

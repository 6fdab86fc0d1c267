from urllib.parse import urljoin

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x",
            "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../",
            "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..",
            "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
            "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g"]:
    print(repr(rel), urljoin(base, rel))

print(urljoin("https://api.example.com/v1/", "users/42"))
print(urljoin("https://api.example.com/v1", "users/42"))
print(urljoin("https://api.example.com/v1/", "/users/42"))
print(urljoin("https://example.com/a/b.html", "https://other.org/x"))
print(urljoin("https://example.com/a/b.html", "//cdn.example.com/lib.js"))
print(urljoin("", "x"), urljoin("http://a/", ""))
print(urljoin("mailto:a@b", "c"))
print(urljoin("http://a/b/", "c#frag", allow_fragments=False))

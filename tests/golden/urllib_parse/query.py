from urllib.parse import urlencode, parse_qs, parse_qsl, quote

params = {"q": "asyncio tutorial", "page": 2, "lang": "en", "tags": ["a", "b"]}
print(urlencode(params))
print(urlencode(params, doseq=True))
print(urlencode([("a", 1), ("a", 2), ("b", "x y")]))
print(urlencode({"path": "/a b/c"}, quote_via=quote))
print(urlencode({"path": "/a b/c"}, safe="/"))
print(urlencode({"k": b"bytes v", b"bk": "x"}))
print(urlencode({"e": "é"}), urlencode({"e": "é"}, encoding="latin-1"))
print(urlencode({"n": None, "t": True, "f": 1.5}))
print(urlencode({"x": ("1", "2")}, doseq=True), urlencode({"x": 7}, doseq=True))
print(urlencode({}), urlencode([]))

qs = "q=asyncio+tutorial&page=2&tags=a&tags=b&empty=&flag"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"))
print(parse_qsl("a=%C3%A9&b=%zz&c=1%2B1"))
print(parse_qs("&&a=1&&"), parse_qs(""), parse_qsl("a==b"))
print(parse_qs("a=1&a=2&a=3")["a"])

for kwargs in [{"strict_parsing": True}, {"max_num_fields": 2}, {"separator": ""}]:
    try:
        parse_qsl("a=1&b&c=3", **kwargs)
    except ValueError as e:
        print("ValueError:", e)

for bad in ["abc", 42, [1, 2]]:
    try:
        urlencode(bad)
    except TypeError as e:
        print("TypeError:", e)

from urllib.parse import urlparse
url = "https://shop.example/search?item=red+shoes&size=42&size=43"
query = parse_qs(urlparse(url).query)
print(query["item"][0], [int(s) for s in query["size"]])

from urllib.parse import urlsplit

# what may stand between the brackets of a netloc: an IPv6 address (with a %scope, or an IPv4
# tail) or an IPvFuture literal; anything else is a ValueError
for host in ["::1", "::", "1::", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::",
             "::2:3:4:5:6:7:8", "1:2:3:4:5:6:1.2.3.4", "fe80::1%eth0", "FE80::ABCD",
             "v1.x", "vF.a:b", "abc", "1.2.3.4", "1::2::3", "", "1:2:3:4:5:6:7:8:9",
             "12345::", ":1::2", "1::2:", "g::1", "::1%", "1:2:3:4:5:6:7", "::1.2.3",
             "::01.2.3.4", "v.x", "vg.x", "v1.", "1.2.3.04", "::256.1.1.1", "1:2:3:4:5:6:7:8::"]:
    url = f"http://[{host}]:8080/path"
    try:
        parts = urlsplit(url)
        print(repr(host), parts.hostname, parts.port)
    except ValueError as e:
        print(repr(host), "ValueError:", e)

# PurePath's errors, as CPython words them
from pathlib import Path, PurePath

attempts = [
    lambda: PurePath("a/b").relative_to("c"),
    lambda: PurePath("/a").relative_to("a"),
    lambda: PurePath("a").with_name(""),
    lambda: PurePath("a").with_name("x/y"),
    lambda: PurePath("/").with_name("x"),
    lambda: PurePath("").with_suffix(".x"),
    lambda: PurePath("a").with_suffix("x"),
    lambda: PurePath("a").with_suffix("."),
    lambda: PurePath("a").with_suffix("./x"),
    lambda: PurePath("a").as_uri(),
    lambda: PurePath("a").match(""),
    lambda: PurePath(3),
    lambda: PurePath(b"bytes"),
    lambda: PurePath("a") / 3,
    lambda: 3 / PurePath("a"),
    lambda: PurePath("a") < "b",
    lambda: PurePath("a").parents[1],
    lambda: PurePath("a").relative_to(),
]
for attempt in attempts:
    try:
        print("no error:", attempt())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

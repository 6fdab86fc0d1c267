# Zero step and bad index types.
a = [1, 2, 3]
for fn in [lambda: a[::0], lambda: "abc"[::0], lambda: a["1":], lambda: a[1.0:]]:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(a[True:], a[:False])

# Unpacking mismatches and non-iterables.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def two(v):
    a, b = v
def three(v):
    a, b, c = v
def star(v):
    a, b, *c, d = v

attempt("two from three", lambda: two([1, 2, 3]))
attempt("three from two", lambda: three((1, 2)))
attempt("two from one", lambda: two("x"))
attempt("two from int", lambda: two(5))
attempt("two from None", lambda: two(None))
attempt("star from two", lambda: star([1, 2]))
attempt("star from three", lambda: star([1, 2, 3]))
attempt("two from dict", lambda: two({"a": 1, "b": 2, "c": 3}))
attempt("two from gen", lambda: two(i for i in range(5)))

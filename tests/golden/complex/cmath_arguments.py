# cmath's functions check their arguments as CPython's builtins do: the one-argument functions
# ("takes exactly one argument"), log and rect (positional counts), isclose (keywords), and
# none of them takes keywords.
import cmath

one = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "isfinite",
       "isinf", "isnan", "log10", "phase", "polar", "sin", "sinh", "sqrt", "tan", "tanh"]
calls = [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1,), {"z": 1}), ((), {"z": 1}),
         ((1,), {}.copy())]
for name in one + ["log", "rect", "isclose"]:
    f = getattr(cmath, name)
    for args, kw in calls:
        try:
            r = f(*args, **kw)
            print(name, args, kw, "->", r)
        except Exception as e:
            print(name, args, kw, type(e).__name__, e)
for args, kw in [((1, 2, 3), {"x": 1}), ((1, 2), {"x": 1}), ((1,), {"b": 2, "c": 3}),
                 ((), {"a": 1, "b": 2, "rel_tol": 1, "abs_tol": 1, "q": 1}), ((1, 2, 3, 4, 5), {}),
                 ((1, 2), {"rel_tol": None}), ((1,), {"b": 1.0000001, "rel_tol": 0.5}),
                 ((), {"b": 1, "a": 1.0000001, "abs_tol": 1e-3}), ((1, 2), {"rel_tol": 1, "b": 3}),
                 ((1,), {"a": 1, "b": 1, "rel_tol": 1, "abs_tol": 2}), ((1, 2), {"abs_tol": -1}),
                 ((1j, 1j), {"abs_tol": "x"}), (("x", 1j), {})]:
    try:
        print("isclose", args, kw, "->", cmath.isclose(*args, **kw))
    except Exception as e:
        print("isclose", args, kw, type(e).__name__, e)
for f in [lambda: cmath.log(1, None), lambda: cmath.log(8, 2), lambda: cmath.log(1, 2, 3, x=1),
          lambda: cmath.rect(1, 2, 3, x=1), lambda: cmath.rect(2, 0.5), lambda: cmath.sqrt(**{}),
          lambda: cmath.log(*[100, 10], **{}), lambda: cmath.sqrt(4, 9)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

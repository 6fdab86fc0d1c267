# warnings.warn and the filters, recorded with catch_warnings(record=True)
import warnings


def old_api():
    warnings.warn("old_api() is deprecated, use new_api()", DeprecationWarning, stacklevel=2)
    return 1


def base(w):
    return (w.filename.rsplit("/", 1)[-1], w.lineno, w.category.__name__, str(w.message))


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("careful", RuntimeWarning)
    old_api()
    warnings.warn(UserWarning("an instance"))
    for w in caught:
        print(base(w))
    print(len(caught), isinstance(caught[0].message, UserWarning), caught[1].line)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("in a loop")
    print("default shows it once per place:", len(caught))
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print(len(caught))
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once only")
    warnings.warn("once only")
    print("once:", len(caught))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", FutureWarning)
    except FutureWarning as e:
        print("raised", type(e).__name__, e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.filterwarnings("error", category=SyntaxWarning)
    warnings.warn("noisy thing")
    warnings.warn("Noisy too")
    warnings.warn("quiet thing")
    try:
        warnings.warn("bad syntax", SyntaxWarning)
    except SyntaxWarning as e:
        print("SyntaxWarning raised:", e)
    print([str(w.message) for w in caught])

print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "x = 1"), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3, ""), end="")
for bad in [lambda: warnings.simplefilter("loud"), lambda: warnings.warn("x", int),
            lambda: warnings.filterwarnings("ignore", lineno=-1)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(PendingDeprecationWarning, Warning), issubclass(ResourceWarning, Warning),
      [c.__name__ for c in (SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning,
                            BytesWarning, EncodingWarning)])
shown = []
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: \
    shown.append((str(message), category.__name__, lineno))
warnings.warn("to my own showwarning")
warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("deprecated, from a library", DeprecationWarning, stacklevel=2)
print(shown)

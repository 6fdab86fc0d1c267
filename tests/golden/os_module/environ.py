# os.environ and os.getenv: reading, setting and removing variables
import os

print(type(os.environ["HOME"]).__name__, "HOME" in os.environ, "PATH" in os.environ)
os.environ["APP_MODE"] = "debug"
print(os.environ["APP_MODE"], os.getenv("APP_MODE"), os.environ.get("APP_MODE"))
print(os.getenv("NO_SUCH_VARIABLE"), os.getenv("NO_SUCH_VARIABLE", "fallback"))
print(os.environ.get("NO_SUCH_VARIABLE", 42))
print(os.environ.setdefault("APP_LEVEL", "3"), os.environ.setdefault("APP_LEVEL", "9"))
print(os.environ.pop("APP_LEVEL"), os.environ.pop("APP_LEVEL", "gone"))
del os.environ["APP_MODE"]
print("APP_MODE" in os.environ)
os.environ.update({"A1": "x", "A2": "y"})
print(os.environ["A1"] + os.environ["A2"])
print(isinstance(os.environ.copy(), dict), len(os.environ) == len(list(os.environ)))
print(sorted(k for k in os.environ if k.startswith("A") and k[1:].isdigit()))
print(os.path.expandvars("$A1-${A2}-$NO_SUCH_VARIABLE-$"))

debug = os.getenv("DEBUG_FLAG", "0") == "1"
print("debug:", debug)

for attempt in [lambda: os.environ["NO_SUCH_VARIABLE"],
                lambda: os.environ.__setitem__("N", 1),
                lambda: os.environ.__setitem__(2, "v"),
                lambda: os.getenv(3),
                lambda: os.environ.__delitem__("NO_SUCH_VARIABLE")]:
    try:
        attempt()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, repr(e))

# traceback.format_exc / print_exc / format_exception as programs log caught errors
import sys
import traceback


def parse(text):
    return int(text)


def load(items):
    return [parse(x) for x in items]


try:
    load(["1", "two"])
except ValueError:
    text = traceback.format_exc()
    print("caught; the traceback has", len(text.splitlines()), "lines")
    print(text.splitlines()[-1])
    sys.stderr.write(text)

try:
    {}["missing"]
except KeyError:
    traceback.print_exc()

print(repr(traceback.format_exc()))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("while dividing") from e
except RuntimeError as e:
    pieces = traceback.format_exception(e)
    print(len(pieces), pieces[-1], end="")
    print(pieces[0] == "Traceback (most recent call last):\n")
    print(traceback.format_exception(type(e), e, e.__traceback__) == pieces)
    print(traceback.format_exception_only(e))
    traceback.print_exception(e)
    traceback.print_exception(e, file=sys.stderr)


class AppError(Exception):
    pass


print(traceback.format_exception_only(AppError("boom")))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(None))
err = KeyError("k")
err.add_note("while loading the settings")
print(traceback.format_exception_only(err))
print(traceback.format_exception(err))
load(["x"])

# markers in chained exceptions (raise ... from, during handling) and in exception groups
# raised by except* and TaskGroup-like code
def parse(text):
    return int(text) + 0


def load(text):
    try:
        value = parse(text) * 2
    except ValueError as e:
        raise RuntimeError("bad input " + text) from e
    return value


def handle():
    try:
        load("x")
    except RuntimeError:
        results = {}
        return results["x"] + 1


def group():
    errors = []
    for v in ["1", "a", None]:
        try:
            int(v) + 0
        except (ValueError, TypeError) as e:
            errors.append(e)
    raise ExceptionGroup("parsing failed", errors)


try:
    handle()
except KeyError as e:
    print("caught", repr(e))
group()

# from None hides the original exception.
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no such key: {key}") from None


lookup({}, "x")

# print_stack / format_stack / extract_stack show the running frames without position markers
# (CPython 3.11 keeps them for tracebacks only), while print_exc marks the same calls
import sys
import traceback


def inner():
    traceback.print_stack()
    sys.stderr.write("".join(traceback.format_stack()))
    try:
        return {}["k"]
    except KeyError:
        traceback.print_exc()
    return 1


def middle():
    value = [inner()][0]; return value


def outer():
    return len([middle()]) + 0


print(outer())
print(traceback.extract_stack()[-1].line)
sys.exit(2)

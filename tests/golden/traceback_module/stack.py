# traceback.extract_stack / format_stack / print_stack: where the program is now
import sys
import traceback


def inner():
    stack = traceback.extract_stack()
    for frame in stack:
        print(frame.filename.rsplit("/", 1)[-1], frame.lineno, frame.name, repr(frame.line))
    last = stack[-1]
    print(last.name, last.lineno, last.line, len(stack))
    print(type(stack).__name__, type(last).__name__)
    print(len(traceback.extract_stack(limit=1)), traceback.extract_stack(limit=1)[0].name)
    return traceback.format_stack()


def outer():
    return inner()


pieces = outer()
print(len(pieces))
print(pieces[-1].splitlines()[1])
traceback.print_stack()
fs = traceback.FrameSummary("x.py", 3, "f", line="  return 1  ")
print(fs.filename, fs.lineno, fs.name, repr(fs.line), list(fs))
print(traceback.format_list([("a.py", 1, "g", "pass"), fs]))
raise SystemExit(1)

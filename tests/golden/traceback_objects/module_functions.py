# The traceback module with real tracebacks: extract_tb, format_tb, print_tb, walk_tb,
# format_exception / print_exception in both forms, limit=, FrameSummary, StackSummary.
import sys
import traceback

err_out = sys.stderr  # tracebacks name the file by its path: they go to stderr


def parse(text):
    return 10 // int(text)


def load(items):
    return [parse(t) for t in items]


try:
    load(["1", "0"])
except ZeroDivisionError as e:
    err = e

tb = err.__traceback__
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs.filename == __file__ or fs.filename, fs.lineno, fs.name, repr(fs.line))
    print("  ", fs.end_lineno, fs.colno, fs.end_colno)
print(summary[-1][2], list(summary[-1])[1:])
err_out.write("".join(traceback.format_tb(tb)))
print("--- limit 2")
err_out.write("".join(traceback.format_tb(tb, limit=2)))
print("--- limit -1")
err_out.write("".join(traceback.format_tb(tb, limit=-1)))
print("--- walk_tb")
for frame, line in traceback.walk_tb(tb):
    print(frame.f_code.co_name, line)
print("--- format_exception")
err_out.write("".join(traceback.format_exception(err)))
err_out.write("".join(traceback.format_exception(type(err), err, tb)))
err_out.write("".join(traceback.format_exception(err, limit=1)))
err_out.write("".join(traceback.format_exception(type(err), err, tb.tb_next.tb_next)))
err_out.write("".join(traceback.format_exception(type(err), err, None)))
print("--- print_exception and print_tb go to stderr")
traceback.print_exception(err)
traceback.print_exception(type(err), err, tb, limit=2, file=err_out)
traceback.print_tb(tb, file=err_out)
traceback.print_tb(tb, limit=1)
print("--- format_list")
print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 7, "g", "")]))
traceback.print_list(summary[:1], file=err_out)
print("--- chains and chain=False")
try:
    try:
        load(["0"])
    except ZeroDivisionError as inner:
        raise RuntimeError("outer") from inner
except RuntimeError as e:
    err_out.write("".join(traceback.format_exception(e, limit=1)))
    err_out.write("".join(traceback.format_exception(e, chain=False)))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, len(te.stack), te.__cause__.exc_type.__name__,
          len(te.__cause__.stack))
    err_out.write("".join(te.format()))
sys.exit(1)

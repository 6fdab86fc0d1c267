# codecs' errors: unknown names, wrong types, error handlers
import codecs


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))


attempt("unknown", lambda: codecs.lookup("no-such-codec"))
attempt("unknown encode", lambda: codecs.encode("x", "klingon"))
attempt("lookup int", lambda: codecs.lookup(5))
attempt("strict", lambda: codecs.encode("é", "ascii"))
attempt("strict decode", lambda: codecs.decode(b"\xff", "utf-8"))
attempt("decode str", lambda: codecs.decode("abc", "utf-8"))
attempt("encode bytes", lambda: codecs.encode(b"abc", "utf-8"))
attempt("backslash", lambda: codecs.encode("é€", "ascii", "backslashreplace"))
attempt("bad handler", lambda: codecs.encode("é", "ascii", "bogus"))
attempt("lookup_error", lambda: codecs.lookup_error("bogus"))
print(codecs.lookup_error("strict") is codecs.strict_errors,
      codecs.lookup_error("replace") is codecs.replace_errors)
try:
    b"a\xffb".decode("utf-8")
except UnicodeDecodeError as e:
    print(codecs.ignore_errors(e), codecs.replace_errors(e), codecs.backslashreplace_errors(e))
try:
    "a\xe9\u20acb".encode("ascii")
except UnicodeEncodeError as e:
    print(codecs.replace_errors(e), codecs.backslashreplace_errors(e))
    attempt("strict handler", lambda: codecs.strict_errors(e))
attempt("hex odd", lambda: codecs.decode(b"abc", "hex"))
attempt("incremental unknown", lambda: codecs.getincrementaldecoder("nope"))

# configparser's exceptions and their messages
import configparser


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, [c.__name__ for c in type(e).__mro__[1:3]])
        print("   ", e)
        print("   ", e.args)
    else:
        print(label, "=", repr(r))


cfg = configparser.ConfigParser()
cfg.read_string("[s]\na = 1\nbad = %(nope)s\nsyntax = 50%\nloop = %(loop2)s\nloop2 = %(loop)s\n"
                "flag = maybe\nref = %(a\n")
attempt("no section", lambda: cfg.get("t", "a"))
attempt("no option", lambda: cfg.get("s", "B"))
attempt("missing ref", lambda: cfg.get("s", "bad"))
attempt("syntax", lambda: cfg.get("s", "syntax"))
attempt("depth", lambda: cfg.get("s", "loop"))
attempt("bad ref", lambda: cfg.get("s", "ref"))
attempt("boolean", lambda: cfg.getboolean("s", "flag"))
attempt("int", lambda: cfg.getint("s", "flag"))
attempt("int fallback", lambda: cfg.getint("s", "flag", fallback=0))
attempt("add twice", lambda: cfg.add_section("s"))
attempt("add default", lambda: cfg.add_section("DEFAULT"))
attempt("add int", lambda: cfg.add_section(3))
attempt("set missing", lambda: cfg.set("zzz", "a", "1"))
attempt("set int", lambda: cfg.set("s", "a", 1))
attempt("set bad syntax", lambda: cfg.set("s", "a", "5%"))
attempt("proxy key", lambda: cfg["s"]["missing"])
attempt("no section key", lambda: cfg["missing"])
attempt("del default", lambda: cfg.__delitem__("DEFAULT"))
attempt("dup section", lambda: configparser.ConfigParser().read_string("[a]\n[a]\n"))
attempt("dup option", lambda: configparser.ConfigParser().read_string("[a]\nx=1\nX=2\n"))
attempt("dup in dict", lambda: configparser.ConfigParser().read_dict({"a": {"x": 1, "X": 2}}))
attempt("no header", lambda: configparser.ConfigParser().read_string("x = 1\n", "cfg.ini"))
attempt("parsing", lambda: configparser.ConfigParser().read_string("[a]\nok=1\njunk\n=2\n"))
attempt("interpolation type", lambda: configparser.ConfigParser(interpolation=5))
nonstrict = configparser.ConfigParser(strict=False)
nonstrict.read_string("[a]\nx = 1\n[a]\nx = 2\n")
print(nonstrict.get("a", "x"))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[s]\nm = ${nope}\nother = ${t:x}\nmany = ${a:b:c}\nlone = $x\n")
attempt("ext missing", lambda: ext.get("s", "m"))
attempt("ext section", lambda: ext.get("s", "other"))
attempt("ext colons", lambda: ext.get("s", "many"))
attempt("ext lone", lambda: ext.get("s", "lone"))
e = configparser.DuplicateSectionError("x")
print(e, "|", configparser.DuplicateOptionError("s", "o"))
print(configparser.DuplicateOptionError("s", "o", "file.ini", 3))
print(repr(configparser.NoSectionError("q")))
print(issubclass(configparser.ParsingError, configparser.Error),
      issubclass(configparser.Error, Exception))

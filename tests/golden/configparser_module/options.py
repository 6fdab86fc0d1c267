# Parser options: comments, inline comments, delimiters, multi-line values, optionxform, converters
import configparser
import io

text = """
# a comment
; another
[Section]
key = value ; not a comment by default
path: /usr/local   # inline?
multi = first line
    second line

    after an empty line
empty =
[Other Section]
  indented = yes
"""
cfg = configparser.ConfigParser()
cfg.read_string(text)
for k, v in cfg.items("Section"):
    print(repr(k), repr(v))
print(cfg.items("Other Section"))
cfg = configparser.ConfigParser(inline_comment_prefixes=("#", ";"), empty_lines_in_values=False)
cfg.read_string(text.replace("\n\n    after", "\n    after"))
for k, v in cfg.items("Section"):
    print(repr(k), repr(v))
cfg = configparser.ConfigParser(delimiters=("->",), comment_prefixes=("//",))
cfg.read_string("[s]\n// comment\na -> 1\nb=c -> 2\n")
print(cfg.items("s"))
out = io.StringIO()
cfg.write(out)
print(out.getvalue(), end="")
cfg = configparser.ConfigParser()
cfg.optionxform = str
cfg.read_string("[s]\nCamelCase = 1\n")
print(cfg.options("s"))
cfg = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
cfg.read_string("[s]\nitems = a, b ,c\n")
print(cfg.getlist("s", "items"), cfg["s"].getlist("items"), cfg["s"].getlist("nope", ["z"]))
print(sorted(cfg.converters))
cfg = configparser.ConfigParser(default_section="common")
cfg.read_string("[common]\nx = 1\n[a]\n")
print(cfg.sections(), cfg.get("a", "x"), list(cfg))
cfg = configparser.ConfigParser()
cfg.read_string("[a]\nx=1\n", source="first")
cfg.read_string("[a]\ny=2\n[b]\n")
print(cfg.items("a"), cfg.sections())
for value in ["1", "yes", "true", "on", "0", "no", "false", "off", "YES", "On"]:
    cfg.set("a", "v", value)
    print(value, cfg.getboolean("a", "v"), end="; ")
print()
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
sect = cfg["a"]
sect["new"] = "val"
del sect["x"]
print(dict(sect), "x" in sect, "new" in sect)
try:
    sect["n"] = 5
except TypeError as e:
    print("TypeError", e)

# string.Formatter: parse, get_field, the hooks a subclass replaces and their errors; Template with a delimiter of its own
from string import Formatter
f = Formatter()
for s in ["a {x:>3} b {0!r}", "a{{b}}c", "{}", "x{0[1].real:{w}}y", "plain", "", "{a!s:}", "}}{{"]:
    print(repr(s), list(f.parse(s)))
for s in ["{", "}", "a{b", "{!}", "{a!rx}", "{a{b}"]:
    try:
        print(list(f.parse(s)))
    except ValueError as e:
        print(repr(s), e)
print(f.format("{} and {} {x:>5}|{0!r:^{w}}|", "a", "b", x=1, w=6) if False else f.format("{} and {} {x:>5}|", "a", "b", x=1))
print(f.format("{0[1]} {1.imag} {k[z]:{w}.{p}f}", [5, 6], 2j, k={"z": 3.14159}, w=8, p=2))
class Default(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}>")
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Default().format("Hi {name}, {missing}! {0}", "x", name="bob"))
class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise KeyError(f"unused {sorted(extra)}")
try:
    Strict().format("{a}", a=1, b=2)
except KeyError as e:
    print(e)
for s, a in [("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{!x}", (1,)), ("{a.}", ()), ("{0[1}", ([1],)), ("{0[0]x}", ([1],)), ("{:{:{}}}", (1, 2, 3))]:
    try:
        print(f.format(s, *a, a=1))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(s), type(e).__name__, e)
print(f.vformat("{0}-{b}", (1,), {"b": 2}), f.convert_field(3, "r"), f.get_field("0.real", (5,), {}))
from string import Template
class P(Template):
    delimiter = "%"
print(P("100%pct done %x %% %{pct}").safe_substitute(pct="!"))
class D(Template):
    delimiter = "#@"
print(D("a #@x b #@#@ c #@{x}").substitute(x=1))
for t in ["x %", "x %{", "%1"]:
    try:
        P(t).substitute()
    except ValueError as e:
        print(e)
try:
    D("ab\n #@ z").substitute()
except ValueError as e:
    print(e)
print(P("%a").get_identifiers(), D("#@a #@").is_valid())

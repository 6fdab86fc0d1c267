# C.UTF-8, mixed categories, and what the playground's C-only locale refuses
import locale

print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"))
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.getencoding())
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError", e)
print(locale.setlocale(locale.LC_ALL, "C.utf8"), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, ("C", None)))
for name in ["en_US.UTF-8", "de_DE", "fr_FR.UTF-8", ("en_US", "UTF-8"), "xx"]:
    try:
        locale.setlocale(locale.LC_ALL, name)
    except locale.Error as e:
        print(repr(name), type(e).__name__, e)
print(locale.setlocale(locale.LC_ALL))
for f in [lambda: locale.setlocale(99), lambda: locale.setlocale(99, "C"),
          lambda: locale.setlocale("LC_ALL", "C"), lambda: locale.currency(1.5),
          lambda: locale.atoi("1.5"), lambda: locale.nl_langinfo(99999),
          lambda: locale.strcoll("a", 1), lambda: locale.setlocale(locale.LC_ALL, 5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(locale.Error.__mro__[1].__name__, locale.Error.__module__)
print(locale.normalize("C"))

# The C locale: setlocale, localeconv, formatting numbers
import locale

print(locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.setlocale(locale.LC_ALL), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, "POSIX"), locale.setlocale(locale.LC_TIME))
conv = locale.localeconv()
for key in conv:
    print(key, repr(conv[key]))
print(locale.format_string("%d items cost %.2f", (1234567, 1234.5), grouping=True))
print(locale.format_string("%.3f", 2.0), locale.format_string("%.3f", 2.0, monetary=True))
print(locale.format_string("%5.1f%%", 3.14159), locale.format_string("%(a)s=%(b).1f", {"a": "x", "b": 2}))
print(locale.format_string("%*d|%s", (5, 42, "end")))
print(locale.str(3.14159265358979), locale.str(1 / 3), locale.str(10**20))
print(locale.atof("1.5"), locale.atof("1e3"), locale.atoi("42"), locale.atof("2", int))
print(locale.delocalize("1,234.5"), locale.localize("1234.5"), locale.localize("1.5", monetary=True))
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("a", "a"))
print(sorted(["b", "A", "a", "B"], key=locale.strxfrm), locale.strxfrm("abc"))
print(locale.CHAR_MAX, locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME,
      locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES)
print(locale.getencoding(), locale.getpreferredencoding(False))
print(locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)),
      locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.DAY_1),
      locale.nl_langinfo(locale.ABMON_12), locale.nl_langinfo(locale.YESEXPR))

# Old-style % formatting.
print("%d items" % 5)
print("%s is %d years" % ("Ada", 36))
print("%5.2f|%-6s|%6s|%03d" % (3.14159, "ab", "cd", 7))
print("%r %s" % ("x", "x"), "%%", "100%% done" % ())
print("%x %o %e %g" % (255, 8, 12345.678, 0.00001234))
print("%(a)s-%(b)s" % {"a": 1, "b": 2})
print("%.1f%%" % 99.5, "%+d" % 3, "%5s|" % "abcdefg")

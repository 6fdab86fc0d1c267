# strip with character sets that change from call to call: sets of the same length, a set that
# is a prefix of the previous one, the empty set, non-ASCII sets, None and whitespace between.
words = ["..hello!?", "?!world..", "abcba", "  spaced  ", "éxé", "xyzzy", ""]
sets = [".,;:!?", ".,;:!.", ".,;", "", "ab", "ba", "a", None, "é", "xy", "yx", "xyz", ".,;:!?"]
for w in words:
    print(repr(w), [w.strip(s) for s in sets])
    print(repr(w), [w.lstrip(s) for s in sets], [w.rstrip(s) for s in sets])
for i in range(3):
    print([w.strip(".,;:!?") for w in words], [w.strip("?!:;,.") for w in words])
print("@@a@@".strip("@"), "??a??".strip("?"), "\x7fa\x7f".strip("\x7f"), "~a~".strip("~"))

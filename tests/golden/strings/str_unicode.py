# Non-ASCII text: lengths count code points.
s = "h\u00e9llo w\u00f6rld \u2713"
print(s, len(s))
print(s.upper(), s.title())
print(s[1], s[-1], s[::-1])
print("\u00e9" == "\xe9", "\u00c9".lower(), "\u00fc".upper())
print("\u65e5\u672c\u8a9e", len("\u65e5\u672c\u8a9e"))
print(repr("\u2713"), "\u00e9".isalpha(), "\u00e9".isdigit())

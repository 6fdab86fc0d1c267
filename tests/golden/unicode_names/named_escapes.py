# \N{name} escapes in str literals: names, any ASCII case, aliases, rule-named characters.
bullet = "\N{BULLET}"
print(bullet, len(bullet), ascii(bullet))
print("\N{bullet} item", "\N{Em Dash}", "\N{LATIN CAPITAL LETTER GHA}")
print(f"{1}\N{EM DASH}{2}", f"{{\N{SNOWMAN}}}", f"{'x':\N{BULLET}^5}")
SNOWMAN = "(a field in a raw f-string)"
print(rf"\N{SNOWMAN}")
print("\N{CJK UNIFIED IDEOGRAPH-4E00}", "\N{HANGUL SYLLABLE GAG}", "\N{HANGUL SYLLABLE A}")
print(ascii("\N{NULL}\N{LINE FEED}\N{NO-BREAK SPACE}\N{ZERO WIDTH SPACE}"))
print("\N{GREEK SMALL LETTER ALPHA}" == "\u03b1" == "\U000003b1")
print("\N{GRINNING FACE}", ascii("\N{GRINNING FACE}"))
print('caf\N{LATIN SMALL LETTER E WITH ACUTE}', "\N{DIGIT ONE}\N{DIGIT TWO}")
print("""multi
\N{BLACK STAR} line""")
# in bytes literals \N is not an escape: the backslash stays
print(b"\N{BULLET}", len(b"\N{BULLET}"))
print(r"\N{BULLET}", len(r"\N{BULLET}"))

# int() and float() of strings written with non-ASCII decimal digits and Unicode spaces,
# and the errors for characters that are digits but not decimals.
for text in ["٣", "٣٤", "۱۲۳", "१२३", "๔๒", "𝟙𝟚", "\u3000٤٢\u2003", "-٧", "+٠٠٩", "１２"]:
    print(ascii(text), int(text))
for text in ["٣.٥", "١e٣", "\u2003-٢.٢٥\u00a0", "１.５"]:
    print(ascii(text), float(text))
print(int("٣", 16), int("١٠", 2), int("٣_٣"))
for text in ["²", "½", "Ⅻ", "一", "٣x", "٣ ٣", "⑦"]:
    for conv in (int, float):
        try:
            print(conv(text))
        except ValueError as e:
            print(conv.__name__, "ValueError", e)

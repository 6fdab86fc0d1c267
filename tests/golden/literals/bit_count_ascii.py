print((255).bit_count(), (-7).bit_count(), (0).bit_count(), (2**100 - 1).bit_count(), (-(2**70)).bit_count())
print(True.bit_count(), (1 << 63).bit_count())
print(ascii("héllo ☃ \U0001F600"), f"{'é'!a}", f"{['ü', 'x']!a:>20}", ascii(['é']))
print("%a" % "ñ", "{!a}".format("€"))

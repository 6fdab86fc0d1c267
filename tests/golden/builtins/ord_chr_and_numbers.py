# ord, chr, bin, hex, oct.
print(ord("A"), ord("a"), ord(" "), ord("\u00e9"), chr(65), chr(97), chr(0x263A))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(bin(10), hex(255), oct(8), bin(-5), hex(2 ** 64))
print(int(bin(37), 2), int(hex(999), 16))

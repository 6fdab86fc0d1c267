# format() and f-string specs for complex (format_complex_internal).
vals = [1 + 2j, 2j, -0.0 - 0j, 0j, -1.5 - 0.25j, complex(float("nan"), float("inf")), 1e20 + 1j, 123.456 - 789.012j]
specs = ["", ">20", "<20", "^20", "*^21", "+", " ", "-", ".2f", ".3e", "E", ".4g", "G", "g", "n", ".1", "#", "#.0f", "+.2f", "z.1f", ",.2f", "_.1f", ">+25.3e", "x<30.2f", ".0e", "F"]
for v in vals:
    for s in specs:
        print(repr(s), repr(format(v, s)))
print(f"{3-4j:^20}|{1.5j:+.3e}|{1e20+1j:,.1f}|{1j:10}|{1j!r:>10}|{1+1j:.2}")
for spec in ["010", "=10", "0=10", "d", "%", "s", "x", ".2%", ",n"]:
    try:
        print(format(1j, spec))
    except ValueError as e:
        print(spec, e)
print(format(1234567.5 + 1234j, ","), format(1234567.5 + 1234j, "_"), format(1e20 + 1j, ","), format(-1234j, ","), format(12345678j, "_>20"))

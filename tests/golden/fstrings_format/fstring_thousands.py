# Thousands separators on ints and floats.
for v in [0, 999, 1000, 1234567, -9876543210, 1234.5, 1234567.891, 0.5]:
    print(f"{v:,} | {v:,.2f} | {v:>15,.1f} | {v:_.0f}")

# Float format specs.
for x in [3.14159, 2.5, 0.125, -1.005, 1234567.891, 1e-7, 0.0, 100.0]:
    print(f"{x:5.1f}|{x:.2f}|{x:.0f}|{x:10.3f}|{x:e}|{x:.2e}|{x:g}|{x:.3g}|{x:+.1f}|{x}")
print(f"{2.5:.0f} {3.5:.0f} {0.5:.0f} {1.5:.0f}")
print(f"{1/3:.20f}")
print(f"{float('inf'):.2f} {float('nan'):5.1f} {-0.0:.1f}")
print(f"{7:.2f} {7:5.1f} {10**20:.1f}")

# A formatted report built from records.
orders = [("widget", 3, 2.5), ("gadget", 1, 10.0), ("doohickey", 12, 0.75), ("gizmo", 2, 199.99)]
print(f"{'item':<10} {'qty':>4} {'price':>8} {'total':>9}")
print("-" * 34)
grand = 0
for name, qty, price in orders:
    line = qty * price
    grand += line
    print(f"{name:<10} {qty:>4} {price:>8.2f} {line:>9.2f}")
print("-" * 34)
print(f"{'TOTAL':<10} {sum(q for _, q, _ in orders):>4} {'':>8} {grand:>9,.2f}")
print(f"most expensive: {max(orders, key=lambda o: o[2])[0]}, share: {orders[3][1] * orders[3][2] / grand:.1%}")

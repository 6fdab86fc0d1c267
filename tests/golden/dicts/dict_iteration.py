# Iterating keys, values and items in insertion order.
stock = {"apples": 5, "pears": 0, "figs": 12}
for name in stock:
    print(name, stock[name])
for name, count in stock.items():
    print(f"{name:>7}: {count}")
for count in stock.values():
    print(count, end=" ")
print()
for name, count in sorted(stock.items(), key=lambda kv: kv[1], reverse=True):
    print(name, count)
print(max(stock, key=stock.get), min(stock.values()), sorted(stock))
